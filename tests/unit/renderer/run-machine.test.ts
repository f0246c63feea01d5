/** The run machine: the engine's guards, undo, the room's clock, and saves that never fail silently. */
import { describe, expect, it, vi } from 'vitest'
import { createActor, fromCallback, waitFor } from 'xstate'
import { openSession } from '../../../renderer/exercise/open-session'
import type { HostApi, SavedSession } from '../../../contract/host-api'
import { runMachine, type Draft } from '../../../renderer/run/run-machine'
import { toMinute } from '../../../engine/scenario/clock'
import { drill, logOf } from '../exercise/fixtures'

const SHARE: Draft = { type: 'share', from: 'teacher', to: ['nurse'], facts: ['smoke'] }
const NOTE: Draft = { type: 'note', text: 'The table argued about the windows' }

function savedSession(clock: SavedSession['setup']['clock'] = { kind: 'manual' }): SavedSession {
  const scenario = drill()
  return {
    id: 'drill-test',
    setup: {
      scenarioId: scenario.id,
      scenarioText: '',
      tableName: 'Table 1',
      roles: ['teacher'],
      policy: 'default',
      clock,
    },
    log: logOf(scenario, []),
    finished: false,
    updatedAt: '2026-12-01T08:00:00.000Z',
  }
}

/** A host whose saves are recorded; `fail` makes the next saves reject until cleared. */
function recordingHost() {
  const saves: SavedSession[] = []
  const state = { fail: false }
  const saveSession = vi.fn((session: SavedSession) => {
    if (state.fail) return Promise.reject(new Error('The disk is full'))
    saves.push(session)
    return Promise.resolve()
  })
  return { host: { saveSession } as unknown as HostApi, saves, state, saveSession }
}

function start(
  options: { clock?: SavedSession['setup']['clock']; host?: HostApi; ticks?: boolean } = {},
) {
  const saved = savedSession(options.clock)
  const recording = recordingHost()
  const host = options.host ?? recording.host
  // A clock that ticks only when the test says so.
  const listeners: ((minutes: number) => void)[] = []
  const machine = runMachine.provide({
    actors: {
      clockTicker: fromCallback(({ sendBack }) => {
        const listener = (minutes: number) => {
          sendBack({ type: 'tick', minutes })
        }
        listeners.push(listener)
        return () => listeners.splice(listeners.indexOf(listener), 1)
      }),
    },
  })
  const actor = createActor(machine, {
    input: { host, saved, session: openSession(drill(), saved) },
  })
  actor.start()
  const tick = (minutes: number) => {
    for (const listener of [...listeners]) listener(minutes)
  }
  return { actor, tick, ...recording }
}

const idle = (actor: ReturnType<typeof start>['actor']) =>
  waitFor(actor, (s) => s.matches({ save: 'idle' }))

describe('the run machine', () => {
  it('saves at once, then after every accepted event, the whole log each time', async () => {
    const { actor, saves } = start()
    await idle(actor)
    expect(saves).toHaveLength(1)
    expect(saves[0]?.log.events).toEqual([])

    actor.send({ type: 'dispatch', draft: SHARE })
    await idle(actor)
    expect(saves.at(-1)?.log.events).toEqual([{ ...SHARE, t: '09:00' }])
    expect(saves.at(-1)?.finished).toBe(false)
  })

  it('asks the engine through snapshot.can, and takes nothing it refuses', async () => {
    const { actor, saves } = start()
    await idle(actor)
    const empty: Draft = { type: 'share', from: 'teacher', to: [], facts: ['smoke'] }
    expect(actor.getSnapshot().can({ type: 'dispatch', draft: empty })).toBe(false)
    expect(actor.getSnapshot().can({ type: 'dispatch', draft: SHARE })).toBe(true)
    const before = actor.getSnapshot()
    actor.send({ type: 'dispatch', draft: empty })
    expect(actor.getSnapshot()).toBe(before)
    expect(actor.getSnapshot().context.view.log.events).toEqual([])
    expect(saves).toHaveLength(1)
  })

  it('keeps snapshots immutable: an older snapshot still shows its own moment', async () => {
    const { actor } = start()
    await idle(actor)
    const before = actor.getSnapshot()
    actor.send({ type: 'dispatch', draft: SHARE })
    const after = actor.getSnapshot()
    expect(before.context.view.log.events).toHaveLength(0)
    expect(after.context.view.log.events).toHaveLength(1)
    expect(after.context.view).not.toBe(before.context.view)
  })

  it('undoes the last event, says what it removed, and rewinds the room clock', async () => {
    const { actor, saves } = start()
    await idle(actor)
    actor.send({ type: 'add-minutes', minutes: 5 })
    actor.send({ type: 'dispatch', draft: SHARE })
    expect(actor.getSnapshot().context.clock).toBe(toMinute('09:05'))
    actor.send({ type: 'undo' })
    const { context } = actor.getSnapshot()
    expect(context.view.log.events).toEqual([])
    expect(context.undone?.events).toEqual([{ ...SHARE, t: '09:05' }])
    expect(context.clock).toBe(toMinute('09:00'))
    await idle(actor)
    expect(saves.at(-1)?.log.events).toEqual([])
    expect(actor.getSnapshot().can({ type: 'undo' })).toBe(false)
  })

  it('undoes back to any event, with everything after it', async () => {
    const { actor } = start()
    await idle(actor)
    actor.send({ type: 'dispatch', draft: NOTE })
    actor.send({ type: 'dispatch', draft: SHARE })
    actor.send({ type: 'dispatch', draft: { type: 'advance' } })
    expect(actor.getSnapshot().context.view.inject.id).not.toBe('smoke')
    actor.send({ type: 'undo-to', count: 1 })
    const { context } = actor.getSnapshot()
    expect(context.view.log.events.map((e) => e.type)).toEqual(['note'])
    expect(context.view.inject.id).toBe('smoke')
    expect(context.undone?.events.map((e) => e.type)).toEqual(['share', 'advance'])
    expect(context.undone?.injects).toEqual(['smoke', 'smoke'])
    expect(actor.getSnapshot().can({ type: 'undo-to', count: 1 })).toBe(false)
  })

  it('runs the real-time clock only when started, and stamps events with it', async () => {
    const { actor, tick } = start({ clock: { kind: 'real-time', speed: 1 } })
    await idle(actor)
    expect(actor.getSnapshot().hasTag('paused')).toBe(true)
    tick(3)
    expect(actor.getSnapshot().context.clock).toBe(toMinute('09:00'))
    actor.send({ type: 'resume' })
    tick(3)
    expect(actor.getSnapshot().context.clock).toBe(toMinute('09:03'))
    actor.send({ type: 'pause' })
    tick(3)
    actor.send({ type: 'dispatch', draft: NOTE })
    expect(actor.getSnapshot().context.view.log.events[0]?.t).toBe('09:03')
  })

  it('says a failed save, keeps it until a retry succeeds, and saves what was missed', async () => {
    const { actor, saves, state } = start()
    await idle(actor)
    state.fail = true
    actor.send({ type: 'dispatch', draft: NOTE })
    const failed = await waitFor(actor, (s) => s.hasTag('not-saved'))
    expect(failed.context.saveError).toBe('The disk is full')
    // Play goes on, and the next change tries again (and fails again here).
    actor.send({ type: 'dispatch', draft: SHARE })
    await waitFor(actor, (s) => s.hasTag('not-saved'))
    expect(saves).toHaveLength(1)

    state.fail = false
    actor.send({ type: 'retry-save' })
    await idle(actor)
    expect(actor.getSnapshot().hasTag('not-saved')).toBe(false)
    expect(actor.getSnapshot().context.saveError).toBeUndefined()
    expect(saves.at(-1)?.log.events.map((e) => e.type)).toEqual(['note', 'share'])
  })

  it('starts a new save at once when a change arrives during one, and waits for the newest', async () => {
    const releases: (() => void)[] = []
    const saves: SavedSession[] = []
    const host = {
      saveSession: (session: SavedSession) => {
        saves.push(session)
        return new Promise<void>((resolve) => {
          releases.push(resolve)
        })
      },
    } as unknown as HostApi
    const { actor } = start({ host })
    actor.send({ type: 'dispatch', draft: NOTE })
    actor.send({ type: 'dispatch', draft: SHARE })
    // Nothing has finished, yet every change is already on its way to the host, in order.
    expect(saves.map((s) => s.log.events.length)).toEqual([0, 1, 2])
    releases[0]?.()
    releases[1]?.()
    await Promise.resolve()
    expect(actor.getSnapshot().hasTag('saving')).toBe(true)
    releases[2]?.()
    await idle(actor)
  })

  it('ends only once the finished session is saved; a failed final save waits for a retry', async () => {
    const { actor, saves, state } = start()
    await idle(actor)
    state.fail = true
    actor.send({ type: 'dispatch', draft: { type: 'end' } })
    await waitFor(actor, (s) => s.hasTag('not-saved'))
    expect(actor.getSnapshot().status).toBe('active')
    expect(actor.getSnapshot().can({ type: 'dispatch', draft: NOTE })).toBe(false)

    state.fail = false
    actor.send({ type: 'retry-save' })
    const done = await waitFor(actor, (s) => s.status === 'done')
    expect(saves.at(-1)?.finished).toBe(true)
    expect(saves.at(-1)?.log.events.at(-1)?.type).toBe('end')
    expect(done.output?.saved.finished).toBe(true)
  })
})
