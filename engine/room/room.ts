/**
 * One table played from the participants' own devices: the session (the one log), the
 * host's clock, the seats and what each seat's commands came to. Pure: the server
 * (electron/main/room/) owns the sockets, the disk and the randomness, and asks the room.
 * See docs/room-hosting.md.
 */
import { z } from 'zod'
import { Log, type LogEvent } from '../exercise/log'
import { createSession, type Session } from '../exercise/session'
import { toClock, type Minute } from '../scenario/clock'
import { indexScenario, type ScenarioIndex } from '../scenario/scenario-index'
import { Id, type Scenario } from '../scenario/schema'
import { toLogEvent } from './commands'
import { IdempotencyKey, type RoleCommand, type SeatChoice } from './protocol'
import { roleView, type RoleView, type ViewSource } from './view'

export const ROOM_FORMAT = 'ttx-room/1'
/** How many command outcomes a seat remembers for retries (oldest forgotten first). */
export const KEYS_KEPT = 512

const Outcome = z.union([
  z.strictObject({ ok: z.literal(true), seq: z.number().int().nonnegative() }),
  z.strictObject({ ok: z.literal(false), message: z.string() }),
])
export type Outcome = z.infer<typeof Outcome>

export const RoomSave = z.strictObject({
  format: z.literal(ROOM_FORMAT),
  code: z.string(),
  clock: z.number().int().nonnegative(),
  seq: z.number().int().nonnegative(),
  log: Log,
  seats: z.array(
    z.strictObject({
      role: Id,
      /** The seat token's hash: the token itself is never written down. */
      hash: z.string().min(1),
      approved: z.boolean(),
      keys: z.array(z.tuple([IdempotencyKey, Outcome])).max(KEYS_KEPT),
    }),
  ),
})
export type RoomSave = z.infer<typeof RoomSave>

export interface RoomOptions {
  readonly code: string
  /** Whether the facilitator approves each seat (otherwise a claimed seat plays at once). */
  readonly approve: boolean
  /** A fresh 128-bit token as 32 hex digits. */
  readonly newToken: () => string
  /** A one-way hash of a token, for keeping seats without keeping their tokens. */
  readonly hash: (token: string) => string
  readonly saved?: RoomSave
}

export interface Seat {
  readonly role: Id
  readonly hash: string
  approved: boolean
  readonly keys: Map<string, Outcome>
}

export type Claim =
  | { readonly ok: true; readonly token: string; readonly seat: Seat }
  | { readonly ok: false; readonly message: string }

export class Room {
  readonly code: string
  readonly index: ScenarioIndex
  private session: Session
  private manualClock: Minute
  private sequence: number
  private readonly seatsByHash = new Map<string, Seat>()
  private readonly listeners = new Set<() => void>()
  private cached: { seq: number; source: ViewSource; views: Map<Id, RoleView> } | undefined

  constructor(
    scenario: Scenario,
    private readonly options: RoomOptions,
  ) {
    this.index = indexScenario(scenario)
    const { saved } = options
    this.code = saved?.code ?? options.code
    this.session = createSession(scenario, saved === undefined ? {} : { log: saved.log })
    this.manualClock = saved?.clock ?? this.session.state.clock
    this.sequence = saved?.seq ?? 0
    for (const seat of saved?.seats ?? []) {
      this.seatsByHash.set(seat.hash, { ...seat, keys: new Map(seat.keys) })
    }
  }

  /** Grows with every change any view could show. */
  get seq(): number {
    return this.sequence
  }

  get clock(): Minute {
    return Math.max(this.manualClock, this.session.state.clock)
  }

  get ended(): boolean {
    return this.session.state.ended
  }

  /** A copy of the log so far. */
  get log(): Log {
    return { ...this.session.log, events: [...this.session.log.events] }
  }

  /** Calls `listener` after every change; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  codeMatches(code: string): boolean {
    return code === this.code
  }

  seatChoices(): SeatChoice[] {
    const taken = new Set([...this.seatsByHash.values()].map((seat) => seat.role))
    return this.index.scenario.roles
      .filter((role) => role.player)
      .map(({ id, title }) => ({ id, title, taken: taken.has(id) }))
  }

  seats(): readonly Seat[] {
    return [...this.seatsByHash.values()]
  }

  claim(role: Id): Claim {
    const found = this.index.roles.get(role)
    if (found === undefined) return { ok: false, message: `"${role}" is not a role here` }
    if (!found.player) {
      return { ok: false, message: `${found.title} is a contact, not a role anyone plays` }
    }
    if (this.seatOfRole(role) !== undefined) {
      return {
        ok: false,
        message: `${found.title} is already taken; ask the facilitator to free it`,
      }
    }
    const token = this.options.newToken()
    const seat: Seat = {
      role,
      hash: this.options.hash(token),
      approved: !this.options.approve,
      keys: new Map(),
    }
    this.seatsByHash.set(seat.hash, seat)
    return { ok: true, token, seat }
  }

  seatOf(token: string): Seat | undefined {
    return this.seatsByHash.get(this.options.hash(token))
  }

  seatOfRole(role: Id): Seat | undefined {
    return [...this.seatsByHash.values()].find((seat) => seat.role === role)
  }

  approve(role: Id): Seat | undefined {
    const seat = this.seatOfRole(role)
    if (seat !== undefined) seat.approved = true
    return seat
  }

  /** Frees the role's seat: its token no longer works. */
  remove(role: Id): Seat | undefined {
    const seat = this.seatOfRole(role)
    if (seat !== undefined) this.seatsByHash.delete(seat.hash)
    return seat
  }

  /**
   * A seat's command, checked by the engine. The same key twice gives the first outcome
   * again and applies nothing: a device that lost the answer may safely send it again.
   */
  command(seat: Seat, key: string, command: RoleCommand): Outcome {
    const known = this.answered(seat, key)
    if (known !== undefined) return known
    const outcome = this.outcomeOf(seat, command)
    this.remember(seat, key, outcome)
    // Listeners (the save among them) hear of the change once the answer is kept with it.
    if (outcome.ok) this.changed()
    return outcome
  }

  /** The answer this seat's command with `key` already got, if any. */
  answered(seat: Seat, key: string): Outcome | undefined {
    return seat.keys.get(key)
  }

  /**
   * Keeps a command's answer for retries. `command` does it; a host whose session is owned
   * elsewhere (the desktop console, which checks the command itself) does it with the
   * answer it got.
   */
  remember(seat: Seat, key: string, outcome: Outcome): void {
    seat.keys.set(key, outcome)
    if (seat.keys.size > KEYS_KEPT) {
      const oldest = seat.keys.keys().next()
      if (!oldest.done) seat.keys.delete(oldest.value)
    }
  }

  /**
   * Follows a session owned elsewhere: the desktop console keeps the one log while it hosts
   * and sends it after every change, and the views are projected from it here. Nothing
   * happens when neither the log nor the clock changed. Throws InvalidLogError (from the
   * session) on a log that breaks a rule.
   */
  follow(log: Log, clock: Minute): void {
    const same = sameLog(log, this.session.log)
    if (same && clock === this.manualClock) return
    // A clock that moved alone (a real-time tick) needs no replay.
    if (!same) this.session = createSession(this.index.scenario, { log })
    this.manualClock = clock
    this.changed()
  }

  private outcomeOf(seat: Seat, command: RoleCommand): Outcome {
    if (!seat.approved) return { ok: false, message: 'the facilitator has not let you in yet' }
    const result = this.session.dispatch(toLogEvent(seat.role, toClock(this.clock), command))
    if (!result.ok) return { ok: false, message: result.error.message }
    return { ok: true, seq: this.sequence + 1 }
  }

  /** An event from the facilitator (any role's, advance, note, end), stamped now when untimed. */
  dispatch(event: LogEvent): { ok: true } | { ok: false; message: string } {
    const result = this.session.dispatch(event)
    if (!result.ok) return { ok: false, message: result.error.message }
    this.changed()
    return { ok: true }
  }

  advance() {
    return this.dispatch({ type: 'advance', t: toClock(this.clock) })
  }

  end() {
    return this.dispatch({ type: 'end', t: toClock(this.clock) })
  }

  undo(): boolean {
    if (this.session.log.events.length === 0) return false
    this.session.undo()
    // Undo rewinds the clock too: the log, not the wall, is the truth.
    this.manualClock = this.session.state.clock
    this.changed()
    return true
  }

  addMinutes(minutes: number): void {
    this.manualClock = this.clock + minutes
    this.changed()
  }

  /** The role's view now. */
  view(role: Id): RoleView {
    // One replay per change, shared by every role's view of it.
    if (this.cached?.seq !== this.sequence) {
      const source = {
        replay: this.session.replay(),
        clock: this.clock,
        openDecisions: this.session.openDecisions(),
      }
      this.cached = { seq: this.sequence, source, views: new Map() }
    }
    let view = this.cached.views.get(role)
    if (view === undefined) {
      view = roleView(this.index, this.cached.source, role)
      this.cached.views.set(role, view)
    }
    return view
  }

  snapshot(): RoomSave {
    return {
      format: ROOM_FORMAT,
      code: this.code,
      clock: this.clock,
      seq: this.sequence,
      log: this.log,
      seats: this.seats().map(({ role, hash, approved, keys }) => ({
        role,
        hash,
        approved,
        keys: [...keys],
      })),
    }
  }

  private changed(): void {
    this.sequence += 1
    for (const listener of this.listeners) listener()
  }
}

function sameLog(a: Log, b: Log): boolean {
  return a.events.length === b.events.length && JSON.stringify(a) === JSON.stringify(b)
}
