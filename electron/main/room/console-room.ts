/**
 * "Let participants join" in the desktop app: the main process hosts the console's running
 * session for participants' devices. The console keeps the one log: each participant's
 * command is forwarded to it, its engine checks it as it checks the facilitator's own
 * events and appends it, and it answers here (accepted or refused in the engine's words);
 * after every change it sends its log and clock back, and the views are projected from
 * them (Room.follow). So every command is checked by the engine, there is one log, and the
 * console's saves stay the only saves. Plain Node (no electron import): tested over real
 * sockets. See docs/room-hosting.md, "In the desktop app".
 */
import type {
  CommandAnswerData,
  ForwardedCommandData,
  NetworkChoiceData,
  RoomStartData,
  RoomStatusData,
  RoomSyncData,
  SeatActionData,
} from '../../../contract/room-schemas'
import { InvalidLogError } from '../../../engine/exercise/session'
import { MAX_TEXT, type RoleCommand } from '../../../engine/room/protocol'
import { Room, ROOM_FORMAT, type Outcome, type Seat } from '../../../engine/room/room'
import { loadScenario } from '../../../engine/scenario/load'
import { lanAddresses } from './addresses'
import { applyControl } from './controls'
import { hashToken, newJoinCode, newToken } from './secrets'
import { startRoomServer, type RoomServer } from './server'

/** Loopback, offered last: the facilitator can try the room alone; phones cannot reach it. */
export const THIS_COMPUTER: NetworkChoiceData = { name: 'this computer only', address: '127.0.0.1' }
/** How long a device waits for the console's answer before it is told to try again. */
export const ANSWER_WITHIN_MS = 10_000
export const NO_ANSWER = 'the facilitator’s console did not answer; send it again in a moment'
/** The port tried first, so the address stays the same from one session to the next. */
export const PREFERRED_PORT = 4180

export interface ConsoleRoomOptions {
  /** The built pages the devices open (the desktop app's own renderer bundle). */
  readonly site: string
  /** Sends a participant's command to the console, which answers through `answer`. */
  readonly forward: (command: ForwardedCommandData) => void
  /** Tells the console what changed (seats, connections, stopped). */
  readonly status: (status: RoomStatusData) => void
  readonly addresses?: () => readonly NetworkChoiceData[]
  readonly port?: number
  readonly answerWithinMs?: number
  readonly joinsPerMinute?: number
}

interface Hosted {
  readonly server: RoomServer
  readonly room: Room
  readonly address: string
  readonly approve: boolean
}

interface Waiting {
  readonly settle: (answer: CommandAnswerData | undefined) => void
}

export class ConsoleRoom {
  private hosted: Hosted | undefined
  private readonly waiting = new Map<string, Waiting>()
  private lastStatus = ''
  private turns: Promise<unknown> = Promise.resolve()

  constructor(private readonly options: ConsoleRoomOptions) {}

  addresses(): NetworkChoiceData[] {
    return [...(this.options.addresses ?? lanAddresses)(), THIS_COMPUTER]
  }

  /** Starts hosting the session (stopping a room already hosted). Throws with a sentence. */
  start(request: RoomStartData): Promise<RoomStatusData> {
    return this.inTurn(async () => {
      await this.close()
      return this.open(request)
    })
  }

  /** Stops hosting: every device is told, every unanswered command gets no answer. */
  stop(): Promise<RoomStatusData> {
    return this.inTurn(() => this.close())
  }

  private async open(request: RoomStartData): Promise<RoomStatusData> {
    if (!this.addresses().some((choice) => choice.address === request.address)) {
      throw new Error(
        `${request.address} is not one of this computer's network addresses; choose one from the list.`,
      )
    }
    const room = this.roomOf(request)
    const server = await this.listen(room, request.address)
    this.hosted = { server, room, address: request.address, approve: request.approve }
    return this.emit()
  }

  private async close(): Promise<RoomStatusData> {
    const hosted = this.hosted
    this.hosted = undefined
    for (const waiting of [...this.waiting.values()]) waiting.settle(undefined)
    if (hosted !== undefined) await hosted.server.close()
    return this.emit()
  }

  /** The console's log and clock after a change: each device gets its new view. */
  sync(state: RoomSyncData): void {
    try {
      this.hosted?.room.follow(state.log, state.clock)
    } catch (error) {
      if (!(error instanceof InvalidLogError)) throw error
      throw new Error(`the room could not follow the console's log (${error.message})`)
    }
  }

  /** The console's answer to a forwarded command (a late or unknown one is ignored). */
  answer(id: string, answer: CommandAnswerData): void {
    this.waiting.get(id)?.settle(answer)
  }

  seat(role: string, action: SeatActionData): RoomStatusData {
    const hosted = this.hosted
    if (hosted === undefined) throw new Error('No room is hosted: let participants join first.')
    const { room, server } = hosted
    const result = applyControl(room, { type: 'control', table: room.code, action, role })
    if (!result.ok) throw new Error(result.message)
    server.hub.seatsChanged(room, role, action)
    return this.emit()
  }

  status(): RoomStatusData {
    const hosted = this.hosted
    if (hosted === undefined) return { hosting: false }
    const { room, server } = hosted
    return {
      hosting: true,
      joinUrl: `${server.url}#/join?code=${room.code}`,
      code: room.code,
      address: hosted.address,
      approve: hosted.approve,
      // A scenario's role titles are unbounded; the status the console parses is not.
      seats: server.hub
        .seatStatuses(room)
        .map((seat) => ({ ...seat, title: seat.title.slice(0, MAX_TEXT) })),
    }
  }

  /** Starts and stops one at a time: a second start waits for the first, never leaks it. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.turns.then(work)
    this.turns = turn.catch(() => undefined)
    return turn
  }

  private roomOf(request: RoomStartData): Room {
    const loaded = loadScenario(request.scenarioText, 'the running session')
    if (loaded.scenario === undefined) {
      throw new Error("The running session's scenario could not be read, so it cannot be hosted.")
    }
    const code = newJoinCode()
    try {
      return new Room(loaded.scenario, {
        code,
        approve: request.approve,
        newToken,
        hash: hashToken,
        saved: {
          format: ROOM_FORMAT,
          code,
          clock: request.clock,
          seq: 0,
          log: request.log,
          seats: [],
        },
      })
    } catch (error) {
      if (!(error instanceof InvalidLogError)) throw error
      throw new Error(`The session's log breaks a rule, so it cannot be hosted (${error.message}).`)
    }
  }

  private async listen(room: Room, address: string): Promise<RoomServer> {
    const start = (port: number) =>
      startRoomServer({
        tables: [room],
        site: this.options.site,
        address,
        port,
        // The console is the facilitator: no facilitator page, so a key nobody is shown.
        facilitatorKey: newToken(),
        decide: this.decide,
        onStatus: () => {
          this.emit()
        },
        ...(this.options.joinsPerMinute === undefined
          ? {}
          : { joinsPerMinute: this.options.joinsPerMinute }),
      })
    const port = this.options.port ?? PREFERRED_PORT
    try {
      return await start(port).catch((error: unknown) => {
        if (port === 0 || codeOf(error) !== 'EADDRINUSE') throw error
        return start(0)
      })
    } catch (error) {
      const code = codeOf(error)
      if (code === undefined) throw error
      throw new Error(
        `Could not listen on ${address} (${code}): check that this computer is still on that network, or choose another.`,
      )
    }
  }

  /** Asks the console; the answer is kept with the seat, so a retry gets it again. */
  private readonly decide = async (
    room: Room,
    seat: Seat,
    key: string,
    command: RoleCommand,
  ): Promise<Outcome> => {
    const known = room.answered(seat, key)
    if (known !== undefined) return known
    if (!seat.approved) {
      const refused = { ok: false as const, message: 'the facilitator has not let you in yet' }
      room.remember(seat, key, refused)
      return refused
    }
    const answer = await this.ask({ id: newToken(), role: seat.role, key, command })
    // No answer is not an answer: not kept, so the device may send the same key again.
    if (answer === undefined) return { ok: false, message: NO_ANSWER }
    // The console synced its log before answering, so the room's sequence includes it.
    const outcome: Outcome = answer.ok ? { ok: true, seq: room.seq } : answer
    room.remember(seat, key, outcome)
    return outcome
  }

  private ask(command: ForwardedCommandData): Promise<CommandAnswerData | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        settle(undefined)
      }, this.options.answerWithinMs ?? ANSWER_WITHIN_MS)
      const settle = (answer: CommandAnswerData | undefined) => {
        clearTimeout(timer)
        this.waiting.delete(command.id)
        resolve(answer)
      }
      this.waiting.set(command.id, { settle })
      this.options.forward(command)
    })
  }

  /** Sends the status to the console when it changed; returns it. */
  private emit(): RoomStatusData {
    const status = this.status()
    const json = JSON.stringify(status)
    if (json !== this.lastStatus) {
      this.lastStatus = json
      this.options.status(status)
    }
    return status
  }
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined
}
