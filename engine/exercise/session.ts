/**
 * A live exercise for the app: the log so far and the state it gives. `dispatch` takes one
 * `step` (step.ts), with the same rules as `replay()` and in constant time; `undo` is
 * "replay all but the last". The log is the truth: the app saves it and resumes by
 * replaying it.
 */
import type { Minute } from '../scenario/clock'
import { indexScenario, type ScenarioIndex } from '../scenario/scenario-index'
import type { Id, Scenario, ThreatLevel } from '../scenario/schema'
import { decisionKey, type ExerciseContext } from './context'
import { LOG_FORMAT, type Log, type LogEvent } from './log'
import { collect, emptyRecords, toReplay, type Records } from './replay'
import type { PlayEnd, Replay, ReplayError } from './replay-types'
import { checkEvent } from './rules'
import { start, step } from './step'

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
  /** Checks the event, appends it to the log and applies it, or says which rule it breaks. */
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
  /** The whole replay so far, for scoring and the debrief (a copy: later events leave it be). */
  replay(): Replay
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
    const error = session.append(event)
    if (error !== undefined) throw new InvalidLogError(error)
  }
  return session
}

class LiveSession implements Session {
  private context: ExerciseContext
  private records: Records

  constructor(
    private readonly index: ScenarioIndex,
    readonly log: Log,
  ) {
    ;[this.context, this.records] = begin(index)
  }

  get state(): SessionState {
    const { clock, threat, inject, end, knowledge, applied } = this.context
    const base = { clock, threat, inject, knowledge, events: applied }
    const state = { ...base, ended: end !== undefined, openDecisions: this.openDecisions() }
    return end === undefined ? state : { ...state, end }
  }

  dispatch(event: LogEvent): DispatchResult {
    const error = this.append(event)
    return error === undefined ? { ok: true, state: this.state } : { ok: false, error }
  }

  undo(): SessionState {
    const events = this.log.events.slice(0, -1)
    ;[this.context, this.records] = begin(this.index)
    this.log.events.length = 0
    // Every event was accepted before, so replaying them cannot fail.
    for (const event of events) this.append(event)
    return this.state
  }

  can(event: LogEvent): boolean {
    return this.check(event) === undefined
  }

  check(event: LogEvent): ReplayError | undefined {
    return checkEvent(this.index, this.context, event)
  }

  knowsNow(role: Id): ReadonlyMap<Id, Minute> {
    return this.context.knowledge.get(role) ?? new Map<Id, Minute>()
  }

  openDecisions(): readonly OpenDecision[] {
    const { inject: id, end, decisions } = this.context
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
    const { applied, learnings, injects } = this.records
    const records = { applied: [...applied], learnings: [...learnings], injects: [...injects] }
    const log = { ...this.log, events: [...this.log.events] }
    return toReplay(this.index, log, this.context, records)
  }

  /** One step: the event is appended and applied, or the rule it breaks comes back. */
  append(event: LogEvent): ReplayError | undefined {
    const result = step(this.index, this.context, event)
    if (!result.ok) return result.error
    this.log.events.push(event)
    this.context = result.context
    collect(this.records, result.records)
    return undefined
  }
}

/** Play begun: the first inject entered, with its records. */
function begin(index: ScenarioIndex): [ExerciseContext, Records] {
  const begun = start(index)
  const records = emptyRecords()
  collect(records, begun.records)
  return [begun.context, records]
}
