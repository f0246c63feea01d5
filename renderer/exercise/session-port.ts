/**
 * The one place the renderer meets the engine's session (engine/exercise/session.ts). The
 * screens read plain views from here and ask `can` before offering anything; every rule
 * lives in the engine, nothing here decides what is allowed.
 */
import type { Minute } from '../../engine/scenario/clock'
import type { Id, Inject, Scenario, ThreatLevel } from '../../engine/scenario/schema'
import type { OpenDecision } from '../../engine/exercise/session'
import type { Log, LogEvent } from '../../engine/exercise/log'

/** What the screens show about the current moment of play. */
export interface SessionView {
  readonly clock: Minute
  readonly inject: Inject
  readonly threat: ThreatLevel
  readonly ended: boolean
  readonly log: Log
}

export type { OpenDecision }

export type DispatchResult = { readonly ok: true } | { readonly ok: false; readonly error: string }

export interface SessionPort {
  readonly scenario: Scenario
  view(): SessionView
  dispatch(event: LogEvent): DispatchResult
  /** True when the engine would accept this event now. */
  can(event: LogEvent): boolean
  /** Why the engine would refuse this event now, in plain words; undefined when it would not. */
  check(event: LogEvent): string | undefined
  undo(): DispatchResult
  /** True when there is an event to undo. */
  canUndo(): boolean
  openDecisions(): readonly OpenDecision[]
  /** The facts this role knows now (the only ones it may share or decline). */
  knowsNow(role: Id): readonly Id[]
}
