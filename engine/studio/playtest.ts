/**
 * A studio playtest: a live `Session` of the scenario as played, as in a real exercise, so
 * every rule of the engine applies and a refused event comes back with the engine's own
 * message. Playing an event is one `dispatch`; undo and "jump back" resume a session from
 * the shorter log, as the app resumes a saved one.
 * Flags are the engine's scoring of the replay so far, judged live: an expectation whose
 * deadline is still ahead is not yet flagged.
 *
 * A `Playtest` is a view of one moment, to keep as UI state: `play` and `rewind` move the
 * session on and return the view of the next moment (a refused event leaves it as it was).
 */
import { createSession, type Session, type SessionState } from '../exercise/session'
import type { LogEvent } from '../exercise/log'
import { DEFAULT_POLICY } from '../policy'
import type { Id, Inject, Scenario } from '../scenario/schema'
import { score, type Flag } from '../scoring'
import { scenarioStartingAt, type PlaytestStart } from './playtest-start'

export interface Playtest {
  /** The scenario as played: starting at the chosen inject with the chosen knowledge. */
  readonly scenario: Scenario
  /** The state of play at this moment (clock, threat, inject, knowledge, open decisions). */
  readonly state: SessionState
  /** The current inject. */
  readonly inject: Inject
  /** The events played so far. */
  readonly events: readonly LogEvent[]
  readonly flags: readonly Flag[]
  readonly session: Session
}

export type PlayResult =
  | { readonly ok: true; readonly playtest: Playtest }
  | { readonly ok: false; readonly error: string }

export function startPlaytest(scenario: Scenario, start: PlaytestStart): Playtest {
  const played = scenarioStartingAt(scenario, start)
  return viewOf(played, createSession(played))
}

export function play(playtest: Playtest, event: LogEvent): PlayResult {
  const result = playtest.session.dispatch(event)
  if (!result.ok) return { ok: false, error: result.error.message }
  return { ok: true, playtest: viewOf(playtest.scenario, playtest.session) }
}

/** Back to the moment after the first `count` events (0: the start). */
export function rewind(playtest: Playtest, count: number): Playtest {
  const { scenario, session } = playtest
  const log = { ...session.log, events: session.log.events.slice(0, Math.max(0, count)) }
  // A prefix of a log the session accepted is accepted again.
  return viewOf(scenario, createSession(scenario, { log }))
}

/** The facts a role knows at this moment: the only ones it may share. */
export function knowsNow(playtest: Playtest, role: Id): Id[] {
  return [...(playtest.state.knowledge.get(role)?.keys() ?? [])]
}

/**
 * Why the session would refuse `event` now, in the engine's words ("A share needs at least
 * one recipient"); undefined when it would take it. The one rule the playtest's forms ask,
 * as the run console's do.
 */
export function refusal(playtest: Playtest, event: LogEvent): string | undefined {
  return playtest.session.check(event)?.message
}

function viewOf(scenario: Scenario, session: Session): Playtest {
  const { state } = session
  const inject = scenario.injects.find((candidate) => candidate.id === state.inject)
  if (inject === undefined)
    throw new Error(`the playtest is at an unknown inject "${state.inject}"`)
  // Live: an expectation whose deadline is still ahead is pending, not missed.
  const { flags } = score(session.replay(), DEFAULT_POLICY, { live: true })
  return { scenario, state, inject, events: [...session.log.events], flags, session }
}
