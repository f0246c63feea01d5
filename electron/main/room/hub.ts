/**
 * The room's sockets: one small state machine per connection (new -> joined -> seated, or
 * new -> facilitator), every frame parsed by the protocol's zod schemas, and after every
 * change of a table each of its devices sent its own role's view if it changed. No socket
 * library here: the server hands in anything with `send` and `close`, and tests do too.
 * See docs/room-hosting.md.
 */
import {
  parseClientFrame,
  type ClientMessage,
  type Control,
  type FacilitatorMessage,
  type HostMessage,
  type TableStatus,
} from '../../../engine/room/protocol'
import type { Room, Seat } from '../../../engine/room/room'
import { toClock } from '../../../engine/scenario/clock'
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

export interface HubOptions {
  /** The facilitator's page key (printed by the host; never a seat). */
  readonly facilitatorKey: string
  /** Called after every change that the saved room must keep. */
  readonly save: (room: Room) => void
  readonly now?: () => number
}

type State =
  | { readonly kind: 'new'; readonly wrongCodes: number }
  | { readonly kind: 'joined'; readonly room: Room }
  | { readonly kind: 'seated'; readonly room: Room; readonly seat: Seat }
  | { readonly kind: 'facilitator' }

export class Connection {
  state: State = { kind: 'new', wrongCodes: 0 }
  /** The last view sent, as JSON: a change that does not touch this role sends nothing. */
  lastView = ''
  private frames = 0
  private windowStart: number

  constructor(
    private readonly hub: RoomHub,
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
    this.hub.handle(this, parsed.message)
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

export class RoomHub {
  private readonly connections = new Set<Connection>()

  constructor(
    readonly tables: readonly Room[],
    private readonly options: HubOptions,
  ) {
    for (const room of tables) {
      room.onChange(() => {
        this.pushViews(room)
        this.pushTables()
        options.save(room)
      })
    }
  }

  connect(socket: RoomSocket): Connection {
    const connection = new Connection(this, socket, this.options.now ?? Date.now)
    this.connections.add(connection)
    return connection
  }

  disconnect(connection: Connection): void {
    this.connections.delete(connection)
    if (connection.state.kind === 'seated') this.pushTables()
  }

  /** Closes every socket, saying why (the host is stopping). */
  closeAll(message: string): void {
    for (const connection of this.connections) connection.close(message)
    this.connections.clear()
  }

  handle(connection: Connection, message: ClientMessage): void {
    switch (message.type) {
      case 'join': {
        this.join(connection, message.code)
        return
      }
      case 'claim': {
        this.claim(connection, message.role)
        return
      }
      case 'resume': {
        this.resume(connection, message.token)
        return
      }
      case 'command': {
        this.command(connection, message.key, message.command)
        return
      }
      case 'facilitate': {
        this.facilitate(connection, message.key)
        return
      }
      case 'control': {
        this.control(connection, message)
        return
      }
    }
  }

  private join(connection: Connection, code: string): void {
    const { state } = connection
    if (state.kind !== 'new') {
      connection.error('this device has already joined')
      return
    }
    const room = this.tables.find((table) => table.codeMatches(code))
    if (room === undefined) {
      const wrongCodes = state.wrongCodes + 1
      connection.state = { kind: 'new', wrongCodes }
      if (wrongCodes >= WRONG_CODES_ALLOWED) {
        connection.close('too many wrong join codes')
        return
      }
      connection.error('that is not the join code of this room: check the screen')
      return
    }
    connection.state = { kind: 'joined', room }
    connection.send({
      type: 'welcome',
      scenario: room.index.scenario.title,
      seats: room.seatChoices(),
    })
  }

  private claim(connection: Connection, role: string): void {
    const { state } = connection
    if (state.kind !== 'joined') {
      connection.error('join with the room’s code first')
      return
    }
    const claim = state.room.claim(role)
    if (!claim.ok) {
      connection.error(claim.message)
      connection.send({
        type: 'welcome',
        scenario: state.room.index.scenario.title,
        seats: state.room.seatChoices(),
      })
      return
    }
    this.seat(connection, state.room, claim.seat, claim.token)
    this.options.save(state.room)
  }

  private resume(connection: Connection, token: string): void {
    if (connection.state.kind === 'facilitator') {
      connection.error('this is the facilitator')
      return
    }
    for (const room of this.tables) {
      const seat = room.seatOf(token)
      if (seat === undefined) continue
      // The newest socket of a seat wins: a phone that dropped off leaves a dead one behind.
      for (const other of this.connections) {
        if (other !== connection && other.state.kind === 'seated' && other.state.seat === seat) {
          other.state = { kind: 'new', wrongCodes: 0 }
          other.close('this seat was opened again on another connection')
          this.connections.delete(other)
        }
      }
      this.seat(connection, room, seat, token)
      return
    }
    connection.error('this seat is no longer yours (freed by the facilitator): join again')
  }

  private seat(connection: Connection, room: Room, seat: Seat, token: string): void {
    connection.state = { kind: 'seated', room, seat }
    connection.lastView = ''
    const title = room.index.roles.get(seat.role)?.title ?? seat.role
    connection.send({ type: 'seated', role: seat.role, title, token, approved: seat.approved })
    if (seat.approved) this.sendView(connection, room, seat)
    this.pushTables()
  }

  private command(connection: Connection, key: string, command: Parameters<Room['command']>[2]) {
    const { state } = connection
    if (state.kind !== 'seated') {
      connection.error('take a seat before acting')
      return
    }
    const outcome = state.room.command(state.seat, key, command)
    connection.send(
      outcome.ok
        ? { type: 'accepted', key, seq: outcome.seq }
        : { type: 'refused', key, message: outcome.message },
    )
    // A refused command changes no view, but its answer is kept for a retry.
    if (!outcome.ok) this.options.save(state.room)
  }

  private facilitate(connection: Connection, key: string): void {
    if (!sameSecret(key, this.options.facilitatorKey)) {
      connection.close('that is not the facilitator key')
      return
    }
    connection.state = { kind: 'facilitator' }
    connection.send({ type: 'tables', tables: this.tableStatuses() })
  }

  private control(connection: Connection, control: Control): void {
    if (connection.state.kind !== 'facilitator') {
      connection.error('only the facilitator')
      return
    }
    const room = this.tables.find((table) => table.codeMatches(control.table))
    if (room === undefined) {
      connection.error(`no table has the code ${control.table}`)
      return
    }
    const result = applyControl(room, control)
    if (!result.ok) {
      connection.error(result.message)
      return
    }
    if (control.action === 'approve' || control.action === 'remove') {
      this.seatsChanged(room, control.role ?? '', control.action)
    }
    connection.send({ type: 'done', message: result.message })
  }

  /** After approve or remove: tell the seat's devices, then the facilitator. */
  seatsChanged(room: Room, role: string, action: 'approve' | 'remove'): void {
    for (const other of this.connections) {
      const { state } = other
      if (state.kind !== 'seated' || state.room !== room || state.seat.role !== role) continue
      if (action === 'remove') {
        other.state = { kind: 'new', wrongCodes: 0 }
        other.close('the facilitator freed this seat')
        this.connections.delete(other)
      } else {
        const title = room.index.roles.get(role)?.title ?? role
        other.send({ type: 'seated', role, title, token: '', approved: true })
        this.sendView(other, room, state.seat)
      }
    }
    this.options.save(room)
    this.pushTables()
  }

  private pushViews(room: Room): void {
    for (const connection of this.connections) {
      const { state } = connection
      if (state.kind === 'seated' && state.room === room && state.seat.approved) {
        this.sendView(connection, room, state.seat)
      }
    }
  }

  private sendView(connection: Connection, room: Room, seat: Seat): void {
    const view = room.view(seat.role)
    const json = JSON.stringify(view)
    if (json === connection.lastView) return
    connection.lastView = json
    connection.send({ type: 'view', seq: room.seq, view })
  }

  private pushTables(): void {
    let tables: TableStatus[] | undefined
    for (const connection of this.connections) {
      if (connection.state.kind !== 'facilitator') continue
      tables ??= this.tableStatuses()
      connection.send({ type: 'tables', tables })
    }
  }

  tableStatuses(): TableStatus[] {
    return this.tables.map((room) => ({
      code: room.code,
      title: room.index.scenario.title,
      clock: toClock(room.clock),
      inject: room.view(room.index.scenario.roles[0]?.id ?? '').inject.title,
      ended: room.ended,
      seats: room.seats().map((seat) => ({
        role: seat.role,
        title: room.index.roles.get(seat.role)?.title ?? seat.role,
        approved: seat.approved,
        connected: this.isConnected(room, seat),
      })),
      scenario: room.index.scenario,
      log: room.log,
    }))
  }

  private isConnected(room: Room, seat: Seat): boolean {
    for (const connection of this.connections) {
      const { state } = connection
      if (state.kind === 'seated' && state.room === room && state.seat === seat) return true
    }
    return false
  }
}

/** A facilitator's control applied to a table: what happened, in a sentence. */
export function applyControl(
  room: Room,
  control: Control,
): { ok: true; message: string } | { ok: false; message: string } {
  const sentence = (done: { ok: true } | { ok: false; message: string }, message: string) =>
    done.ok ? { ok: true as const, message } : done
  switch (control.action) {
    case 'advance':
      return sentence(room.advance(), `advanced to ${toClock(room.clock)}`)
    case 'end':
      return sentence(room.end(), 'play ended')
    case 'undo':
      return room.undo()
        ? { ok: true, message: 'the last event was undone' }
        : { ok: false, message: 'nothing to undo' }
    case 'minutes':
      if (room.ended) return { ok: false, message: 'play has ended' }
      room.addMinutes(control.minutes ?? 1)
      return { ok: true, message: `the clock is now ${toClock(room.clock)}` }
    case 'approve':
    case 'remove': {
      const role = control.role
      if (role === undefined) return { ok: false, message: `${control.action} needs a role` }
      const seat = control.action === 'approve' ? room.approve(role) : room.remove(role)
      return seat === undefined
        ? { ok: false, message: `no device holds the seat of ${role}` }
        : { ok: true, message: `${control.action === 'approve' ? 'let in' : 'freed'}: ${role}` }
    }
  }
}
