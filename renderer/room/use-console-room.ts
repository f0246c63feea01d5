/**
 * The run console's room while a session runs (docs/room-hosting.md, "In the desktop app"):
 * starts and stops hosting through the host, answers each participant's command with the
 * engine (console-bridge.ts), and sends the log and clock after every change so each
 * device's view follows. Mounted with the console, so hosting stops when the console
 * closes the session. Undefined where there is no room to host (the web edition).
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { RoomHostApi } from '../../contract/host-api'
import type { NetworkChoiceData, RoomStatusData, SeatActionData } from '../../contract/room-schemas'
import { useRun, type RunRef } from '../run/use-run'
import { ConsoleAnswers, relayCommand } from './console-bridge'

export interface ConsoleRoom {
  readonly status: RoomStatusData
  /** The addresses offered, once the host has listed them. */
  readonly addresses: readonly NetworkChoiceData[] | undefined
  /** The last thing that went wrong, in a sentence for the facilitator. */
  readonly problem: string | undefined
  readonly start: (address: string, approve: boolean) => void
  readonly stop: () => void
  readonly seat: (role: string, action: SeatActionData) => void
}

export function useConsoleRoom(
  run: RunRef,
  room: RoomHostApi | undefined,
): ConsoleRoom | undefined {
  const [status, setStatus] = useState<RoomStatusData>({ hosting: false })
  const [addresses, setAddresses] = useState<readonly NetworkChoiceData[]>()
  const [problem, setProblem] = useState<string>()
  const answers = useRef(new ConsoleAnswers())
  const log = useRun(run, (s) => s.context.view.log)
  const clock = useRun(run, (s) => s.context.clock)
  const report = useCallback((error: unknown) => {
    setProblem(error instanceof Error && error.message !== '' ? error.message : String(error))
  }, [])

  useEffect(() => {
    if (room === undefined) return
    void room.addresses().then(setAddresses, report)
    const unsubscribe = room.onStatus(setStatus)
    return () => {
      unsubscribe()
      // The session is closing (or the console going away): the room goes with it.
      void room.stop().catch(() => undefined)
    }
  }, [room, report])

  useEffect(
    () =>
      room?.onCommand((command) => {
        relayCommand(run, room, command, answers.current).catch(report)
      }),
    [room, run, report],
  )

  useEffect(() => {
    if (room === undefined || !status.hosting) return
    room.sync({ log, clock }).catch(report)
  }, [room, status.hosting, log, clock, report])

  if (room === undefined) return undefined
  return {
    status,
    addresses,
    problem,
    start: (address, approve) => {
      setProblem(undefined)
      const { context } = run.getSnapshot()
      room
        .start({
          scenarioText: context.saved.setup.scenarioText,
          log: context.view.log,
          clock: context.clock,
          address,
          approve,
        })
        .then(setStatus, report)
    },
    stop: () => {
      room.stop().then(setStatus, report)
    },
    seat: (role, action) => {
      setProblem(undefined)
      room.seat(role, action).then(setStatus, report)
    },
  }
}
