/**
 * A live exercise for the app: the log so far and the state it gives. `dispatch` checks an
 * event with the same rules as `replay()` and applies it in constant time; `undo` is
 * "replay all but the last". The log is the truth; `snapshot()` is the log in a versioned
 * envelope, and `restoreSession` rebuilds everything from it.
 */
import { z } from 'zod'
import type { Minute } from '../scenario/clock'
import { indexScenario, type ScenarioIndex } from '../scenario/scenario-index'
import type { Id, Scenario, ThreatLevel } from '../scenario/schema'
import { decisionKey } from './context'
import { eventShapeProblem } from './event-shape'
import { ExerciseFold } from './fold'
import { Log, LOG_FORMAT, type LogEvent } from './log'
import type { PlayEnd, Replay, ReplayError } from './replay-types'
import { toReplay } from './replay'

export const SESSION_FORMAT = 'ttx-session/1'

export const SessionSnapshot = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  log: Log,
})
export type SessionSnapshot = z.infer<typeof SessionSnapshot>

/** A decision of the current inject not taken yet. */
export interface OpenDecision {
  readonly inject: Id
  readonly role: Id
  readonly prompt: string
  readonly options: readonly { readonly id: Id; readonly label: string }[]
}

export interface SessionState {
  readonly clock: Minute
  readonly threat: ThreatLevel
  /** The current inject (the last one entered, once play has ended). */
  readonly inject: Id
  readonly ended: boolean
  readonly end?: PlayEnd
  /** role -> fact -> the minute it was first learned. */
  readonly knowledge: ReadonlyMap<Id, ReadonlyMap<Id, Minute>>
  readonly openDecisions: readonly OpenDecision[]
  /** How many log events so far. */
  readonly events: number
}

export type DispatchResult =
  | { readonly ok: true; readonly state: SessionState }
  | { readonly ok: false; readonly error: ReplayError }

export interface Session {
  readonly state: SessionState
  /** The log so far (live: copy it before keeping it). */
  readonly log: Log
  /**
   * Checks the event against the log schema and the rules of play, appends it to the log and
   * applies it, or says in plain words what is wrong.
   */
  dispatch(event: LogEvent): DispatchResult
  /** Removes the last event; the state is rebuilt from the rest of the log. */
  undo(): SessionState
  /** Whether `dispatch` would accept the event now (the same rules). */
  can(event: LogEvent): boolean
  /** The rule the event would break now, if any. */
  check(event: LogEvent): ReplayError | undefined
  /** What the role knows now: fact -> the minute it learned it. */
  knowsNow(role: Id): ReadonlyMap<Id, Minute>
  openDecisions(): readonly OpenDecision[]
  /** The whole replay so far, for scoring and the debrief. */
  replay(): Replay
  /** The machine snapshot of this moment (`hasTag`, `can`, `matches`). */
  machineSnapshot(): ReturnType<ExerciseFold['snapshot']>
  snapshot(): SessionSnapshot
}

/** The log given to `createSession` breaks a rule. */
export class InvalidLogError extends Error {
  constructor(readonly error: ReplayError) {
    super(error.message)
    this.name = 'InvalidLogError'
  }
}

export function createSession(
  scenario: Scenario,
  options: { readonly log?: Log; readonly policy?: string } = {},
): Session {
  const index = indexScenario(scenario)
  if (options.log !== undefined && options.log.scenario !== scenario.id) {
    throw new InvalidLogError({
      index: -1,
      field: 'scenario',
      message: `the log is for scenario "${options.log.scenario}", not "${scenario.id}"`,
    })
  }
  const log: Log = {
    format: LOG_FORMAT,
    scenario: scenario.id,
    policy: options.policy ?? options.log?.policy ?? 'default',
    events: [],
  }
  const session = new LiveSession(index, log)
  for (const event of options.log?.events ?? []) {
    const result = session.dispatch(event)
    if (!result.ok) throw new InvalidLogError(result.error)
  }
  return session
}

/** Rebuilds a session from `snapshot()`; an unknown envelope or a broken log throws. */
export function restoreSession(scenario: Scenario, snapshot: unknown): Session {
  const parsed = SessionSnapshot.safeParse(snapshot)
  if (!parsed.success) {
    throw new Error(`not a ${SESSION_FORMAT} snapshot: ${parsed.error.issues[0]?.message ?? ''}`)
  }
  return createSession(scenario, { log: parsed.data.log })
}

class LiveSession implements Session {
  private fold: ExerciseFold

  constructor(
    private readonly index: ScenarioIndex,
    readonly log: Log,
  ) {
    this.fold = ExerciseFold.start(index)
  }

  get state(): SessionState {
    const { clock, threat, inject, end, knowledge, applied } = this.fold.context
    const base = { clock, threat, inject, knowledge, events: applied }
    const state = { ...base, ended: end !== undefined, openDecisions: this.openDecisions() }
    return end === undefined ? state : { ...state, end }
  }

  dispatch(event: LogEvent): DispatchResult {
    const error = this.check(event)
    if (error !== undefined) return { ok: false, error }
    this.log.events.push(event)
    this.fold.apply(event)
    return { ok: true, state: this.state }
  }

  undo(): SessionState {
    this.log.events.pop()
    this.fold = ExerciseFold.start(this.index)
    // Every event was accepted before, so replaying them cannot fail.
    for (const event of this.log.events) this.fold.apply(event)
    return this.state
  }

  can(event: LogEvent): boolean {
    return this.check(event) === undefined
  }

  /**
   * The log schema first (an event the saved log would refuse is never taken: it would make
   * the save unreadable), then the rules of play, both as replay checks them.
   */
  check(event: LogEvent): ReplayError | undefined {
    return eventShapeProblem(event, this.log.events.length) ?? this.fold.check(event)
  }

  knowsNow(role: Id): ReadonlyMap<Id, Minute> {
    return this.fold.context.knowledge.get(role) ?? new Map<Id, Minute>()
  }

  openDecisions(): readonly OpenDecision[] {
    const { inject: id, end, decisions } = this.fold.context
    const inject = this.index.injects.get(id)
    if (end !== undefined || inject === undefined) return []
    return (inject.decisions ?? [])
      .map((decision, position) => ({ decision, position }))
      .filter(({ position }) => !decisions.has(decisionKey(id, position)))
      .map(({ decision }) => ({
        inject: id,
        role: decision.role,
        prompt: decision.prompt,
        options: decision.options.map(({ id: option, label }) => ({ id: option, label })),
      }))
  }

  replay(): Replay {
    return toReplay(this.index, this.log, this.fold.context, this.fold.records)
  }

  machineSnapshot() {
    return this.fold.snapshot()
  }

  snapshot(): SessionSnapshot {
    return { format: SESSION_FORMAT, log: { ...this.log, events: [...this.log.events] } }
  }
}
