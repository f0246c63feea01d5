/**
 * One device's socket: a small state machine (new -> joined -> seated, or new -> facilitator),
 * every frame parsed by the protocol's zod schemas and flood-limited, the seat bound by a
 * claim or resumed by its token. What a table holds and who else is connected is the hub's
 * (hub.ts); a connection only asks it. No socket library here: the server hands in anything
 * with `send` and `close`, and tests do too. See docs/room-hosting.md.
 */
import {
  parseClientFrame,
  type ClientMessage,
  type Control,
  type FacilitatorMessage,
  type HostMessage,
  type RoleCommand,
  type TableStatus,
} from '../../../engine/room/protocol'
import type { Outcome, Room, Seat } from '../../../engine/room/room'
import { applyControl } from './controls'
import { sameSecret } from './secrets'

export interface RoomSocket {
  send(data: string): void
  close(code?: number, reason?: string): void
}

/** A device may get the join code wrong this many times before its socket is closed. */
export const WRONG_CODES_ALLOWED = 5
/** Frames one socket may send per window before it is closed as a flood. */
export const FRAMES_PER_WINDOW = 60
export const WINDOW_MS = 10_000

export type ConnectionState =
  | { readonly kind: 'new'; readonly wrongCodes: number }
  | { readonly kind: 'joined'; readonly room: Room }
  | { readonly kind: 'seated'; readonly room: Room; readonly seat: Seat }
  | { readonly kind: 'facilitator' }

/** What a connection asks of the hub it belongs to (RoomHub implements it). */
export interface ConnectionHub {
  readonly tables: readonly Room[]
  readonly facilitatorKey: string
  save(room: Room): void
  /** A seat's command, checked by the engine (at once, or by the console that owns the log). */
  command(room: Room, seat: Seat, key: string, command: RoleCommand): Outcome | Promise<Outcome>
  /** Closes every other socket that holds `seat`: the newest socket of a seat wins. */
  takeOver(connection: Connection, seat: Seat): void
  /** Sends the seat's view to this connection if it changed since the last one sent. */
  sendView(connection: Connection, room: Room, seat: Seat): void
  /** Tells the facilitator's sockets what changed. */
  pushTables(): void
  tableStatuses(): TableStatus[]
  /** After approve or remove: tell the seat's devices, then the facilitator. */
  seatsChanged(room: Room, role: string, action: 'approve' | 'remove'): void
}

export class Connection {
  state: ConnectionState = { kind: 'new', wrongCodes: 0 }
  /** The last view sent, as JSON: a change that does not touch this role sends nothing. */
  lastView = ''
  private frames = 0
  private windowStart: number

  constructor(
    private readonly hub: ConnectionHub,
    readonly socket: RoomSocket,
    private readonly now: () => number,
  ) {
    this.windowStart = now()
  }

  /** One frame from the device. Never throws: a bad frame gets one message. */
  receive(data: string | Buffer, isBinary: boolean): void {
    if (this.flooding()) {
      this.close('too many messages; reconnect and slow down')
      return
    }
    if (isBinary) {
      this.error('only text messages are understood')
      return
    }
    const parsed = parseClientFrame(typeof data === 'string' ? data : data.toString('utf8'))
    if (!parsed.ok) {
      this.error(parsed.message)
      return
    }
    this.handle(parsed.message)
  }

  send(message: HostMessage | FacilitatorMessage): void {
    this.socket.send(JSON.stringify(message))
  }

  error(message: string): void {
    this.send({ type: 'error', message })
  }

  close(message: string): void {
    this.send({ type: 'closed', message })
    this.socket.close(1000, 'closed')
  }

  /** Back to a fresh socket and closed, saying why (its seat was freed or taken over). */
  unseat(message: string): void {
    this.state = { kind: 'new', wrongCodes: 0 }
    this.close(message)
  }

  /** Whether this socket holds that seat of that table now. */
  holds(room: Room, seat: Seat): boolean {
    const { state } = this
    return state.kind === 'seated' && state.room === room && state.seat === seat
  }

  private handle(message: ClientMessage): void {
    switch (message.type) {
      case 'join': {
        this.join(message.code)
        return
      }
      case 'claim': {
        this.claim(message.role)
        return
      }
      case 'resume': {
        this.resume(message.token)
        return
      }
      case 'command': {
        this.command(message.key, message.command)
        return
      }
      case 'facilitate': {
        this.facilitate(message.key)
        return
      }
      case 'control': {
        this.control(message)
        return
      }
    }
  }

  private join(code: string): void {
    const { state } = this
    if (state.kind !== 'new') {
      this.error('this device has already joined')
      return
    }
    const room = this.hub.tables.find((table) => table.codeMatches(code))
    if (room === undefined) {
      const wrongCodes = state.wrongCodes + 1
      this.state = { kind: 'new', wrongCodes }
      if (wrongCodes >= WRONG_CODES_ALLOWED) {
        this.close('too many wrong join codes')
        return
      }
      this.error('that is not the join code of this room: check the screen')
      return
    }
    this.state = { kind: 'joined', room }
    this.welcome(room)
  }

  private welcome(room: Room): void {
    this.send({ type: 'welcome', scenario: room.index.scenario.title, seats: room.seatChoices() })
  }

  private claim(role: string): void {
    const { state } = this
    if (state.kind !== 'joined') {
      this.error('join with the room’s code first')
      return
    }
    const claim = state.room.claim(role)
    if (!claim.ok) {
      this.error(claim.message)
      this.welcome(state.room)
      return
    }
    this.seat(state.room, claim.seat, claim.token)
    this.hub.save(state.room)
  }

  private resume(token: string): void {
    if (this.state.kind === 'facilitator') {
      this.error('this is the facilitator')
      return
    }
    for (const room of this.hub.tables) {
      const seat = room.seatOf(token)
      if (seat === undefined) continue
      // A phone that dropped off leaves a dead socket behind: this one replaces it.
      this.hub.takeOver(this, seat)
      this.seat(room, seat, token)
      return
    }
    this.error('this seat is no longer yours (freed by the facilitator): join again')
  }

  private seat(room: Room, seat: Seat, token: string): void {
    this.state = { kind: 'seated', room, seat }
    this.lastView = ''
    const title = room.index.roles.get(seat.role)?.title ?? seat.role
    this.send({ type: 'seated', role: seat.role, title, token, approved: seat.approved })
    if (seat.approved) this.hub.sendView(this, room, seat)
    this.hub.pushTables()
  }

  private command(key: string, command: RoleCommand): void {
    const { state } = this
    if (state.kind !== 'seated') {
      this.error('take a seat before acting')
      return
    }
    const outcome = this.hub.command(state.room, state.seat, key, command)
    if (outcome instanceof Promise) {
      // A socket closed meanwhile gets nothing; the device sends the key again on resume.
      void outcome.then((answer) => {
        this.answer(state.room, key, answer)
      })
    } else {
      this.answer(state.room, key, outcome)
    }
  }

  private answer(room: Room, key: string, outcome: Outcome): void {
    this.send(
      outcome.ok
        ? { type: 'accepted', key, seq: outcome.seq }
        : { type: 'refused', key, message: outcome.message },
    )
    // A refused command changes no view, but its answer is kept for a retry.
    if (!outcome.ok) this.hub.save(room)
  }

  private facilitate(key: string): void {
    if (!sameSecret(key, this.hub.facilitatorKey)) {
      this.close('that is not the facilitator key')
      return
    }
    this.state = { kind: 'facilitator' }
    this.send({ type: 'tables', tables: this.hub.tableStatuses() })
  }

  private control(control: Control): void {
    if (this.state.kind !== 'facilitator') {
      this.error('only the facilitator')
      return
    }
    const room = this.hub.tables.find((table) => table.codeMatches(control.table))
    if (room === undefined) {
      this.error(`no table has the code ${control.table}`)
      return
    }
    const result = applyControl(room, control)
    if (!result.ok) {
      this.error(result.message)
      return
    }
    if (control.action === 'approve' || control.action === 'remove') {
      this.hub.seatsChanged(room, control.role ?? '', control.action)
    }
    this.send({ type: 'done', message: result.message })
  }

  private flooding(): boolean {
    const now = this.now()
    if (now - this.windowStart > WINDOW_MS) {
      this.windowStart = now
      this.frames = 0
    }
    this.frames += 1
    return this.frames > FRAMES_PER_WINDOW
  }
}
