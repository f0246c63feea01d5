/**
 * The room's hub: its tables, the sockets connected to them (connection.ts, one each), and
 * after every change of a table each of its devices sent its own role's view if it changed,
 * and the facilitator the tables' status. See docs/room-hosting.md.
 */
import type { RoleCommand, TableStatus } from '../../../engine/room/protocol'
import type { Outcome, Room, Seat } from '../../../engine/room/room'
import { toClock } from '../../../engine/scenario/clock'
import { Connection, type ConnectionHub, type RoomSocket } from './connection'

export interface HubOptions {
  /** The facilitator's page key (printed by the host; never a seat). */
  readonly facilitatorKey: string
  /** Called after every change that the saved room must keep. */
  readonly save: (room: Room) => void
  readonly now?: () => number
  /**
   * Who checks a participant's command. By default the table's own session
   * (`Room.command`); the desktop console's room asks the console, which owns the log
   * (console-room.ts).
   */
  readonly decide?: (room: Room, seat: Seat, key: string, command: RoleCommand) => Promise<Outcome>
  /** Called after every change of a table, its seats or its connections. */
  readonly onStatus?: () => void
}

export type SeatStatus = TableStatus['seats'][number]

export class RoomHub implements ConnectionHub {
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

  get facilitatorKey(): string {
    return this.options.facilitatorKey
  }

  save(room: Room): void {
    this.options.save(room)
  }

  command(room: Room, seat: Seat, key: string, command: RoleCommand): Outcome | Promise<Outcome> {
    return this.options.decide?.(room, seat, key, command) ?? room.command(seat, key, command)
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

  takeOver(connection: Connection, seat: Seat): void {
    for (const other of this.connections) {
      if (other === connection || other.state.kind !== 'seated' || other.state.seat !== seat) {
        continue
      }
      other.unseat('this seat was opened again on another connection')
      this.connections.delete(other)
    }
  }

  seatsChanged(room: Room, role: string, action: 'approve' | 'remove'): void {
    for (const other of this.connections) {
      const { state } = other
      if (state.kind !== 'seated' || state.room !== room || state.seat.role !== role) continue
      if (action === 'remove') {
        other.unseat('the facilitator freed this seat')
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

  sendView(connection: Connection, room: Room, seat: Seat): void {
    const view = room.view(seat.role)
    const json = JSON.stringify(view)
    if (json === connection.lastView) return
    connection.lastView = json
    connection.send({ type: 'view', seq: room.seq, view })
  }

  pushTables(): void {
    this.options.onStatus?.()
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
      seats: this.seatStatuses(room),
      scenario: room.index.scenario,
      log: room.log,
    }))
  }

  /** Who holds which role of the table, let in or waiting, connected or dropped off. */
  seatStatuses(room: Room): SeatStatus[] {
    return room.seats().map((seat) => ({
      role: seat.role,
      title: room.index.roles.get(seat.role)?.title ?? seat.role,
      approved: seat.approved,
      connected: this.isConnected(room, seat),
    }))
  }

  private pushViews(room: Room): void {
    for (const connection of this.connections) {
      const { state } = connection
      if (state.kind === 'seated' && state.room === room && state.seat.approved) {
        this.sendView(connection, room, state.seat)
      }
    }
  }

  private isConnected(room: Room, seat: Seat): boolean {
    for (const connection of this.connections) {
      if (connection.holds(room, seat)) return true
    }
    return false
  }
}
