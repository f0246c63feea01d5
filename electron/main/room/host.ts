/**
 * Starting a room: one or more tables of one scenario, each resumed from its save file when
 * there is one, saved after every change (atomically, one write at a time), behind one
 * server. `ttx host` and the desktop app's main process both start rooms through here.
 */
import { existsSync, readFileSync } from 'node:fs'
import { writeFileAtomic } from '../persistence/atomic-write'
import { SerialQueue } from '../persistence/serial-queue'
import { InvalidLogError } from '../../../engine/exercise/session'
import { Room, RoomSave } from '../../../engine/room/room'
import type { Scenario } from '../../../engine/scenario/schema'
import { hashToken, newJoinCode, newToken } from './secrets'
import { startRoomServer, type RoomServer } from './server'

export interface HostOptions {
  readonly scenario: Scenario
  /** One save file per table; a table whose file exists resumes from it. */
  readonly saves: readonly string[]
  readonly approve: boolean
  readonly site: string
  readonly address: string
  readonly port: number
  readonly joinsPerMinute?: number
}

export interface HostedRoom {
  readonly server: RoomServer
  readonly tables: readonly Room[]
  readonly facilitatorKey: string
  /** The page a participant opens (with the table's code filled in). */
  joinUrl(room: Room): string
  readonly facilitatorUrl: string
  /** Resolves once every save queued so far is on disk. */
  flush(): Promise<void>
}

/** A save file that cannot be resumed: one sentence naming the file. */
export class SaveFileError extends Error {}

export async function hostRoom(options: HostOptions): Promise<HostedRoom> {
  const codes = new Set<string>()
  const tables = options.saves.map((file) => {
    const saved = readSave(file, options.scenario.id)
    let code = saved?.code ?? newJoinCode()
    while (codes.has(code)) code = newJoinCode()
    codes.add(code)
    try {
      return new Room(options.scenario, {
        code,
        approve: options.approve,
        newToken,
        hash: hashToken,
        ...(saved === undefined ? {} : { saved }),
      })
    } catch (error) {
      if (!(error instanceof InvalidLogError)) throw error
      throw new SaveFileError(`${file}: the saved log breaks a rule (${error.message})`)
    }
  })
  const queue = new SerialQueue()
  let pending: Promise<unknown> = Promise.resolve()
  const save = (room: Room) => {
    const file = options.saves[tables.indexOf(room)]
    if (file === undefined) return
    const text = `${JSON.stringify(room.snapshot())}\n`
    pending = queue
      .run(() => writeFileAtomic(file, text))
      .catch((error: unknown) => {
        process.stderr.write(`room: ${file} could not be saved (${String(error)})\n`)
      })
  }
  const facilitatorKey = newToken()
  const server = await startRoomServer({
    tables,
    site: options.site,
    address: options.address,
    port: options.port,
    facilitatorKey,
    save,
    ...(options.joinsPerMinute === undefined ? {} : { joinsPerMinute: options.joinsPerMinute }),
  })
  for (const room of tables) save(room)
  return {
    server,
    tables,
    facilitatorKey,
    joinUrl: (room) => `${server.url}#/join?code=${room.code}`,
    // The key rides in the fragment, which a browser never sends to a server or a log.
    facilitatorUrl: `${server.url}#/facilitate?key=${facilitatorKey}`,
    flush: async () => {
      await pending
    },
  }
}

function readSave(file: string, scenarioId: string): RoomSave | undefined {
  if (!existsSync(file)) return undefined
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    throw new SaveFileError(`${file}: not a saved room (not JSON); move it away to start afresh`)
  }
  const parsed = RoomSave.safeParse(data)
  if (!parsed.success) {
    throw new SaveFileError(`${file}: not a saved room (${parsed.error.issues[0]?.message ?? ''})`)
  }
  if (parsed.data.log.scenario !== scenarioId) {
    throw new SaveFileError(
      `${file}: a saved room of scenario "${parsed.data.log.scenario}", not "${scenarioId}"`,
    )
  }
  return parsed.data
}
