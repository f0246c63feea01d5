/**
 * A studio playtest as a log and its replay. The log is the truth, as in a real session:
 * playing an event is "replay the log with it appended" (so every rule of the engine applies,
 * and a refused event comes back with the engine's own message), undo and "jump back" are
 * "replay a shorter log". Flags are the engine's scoring of the replay so far, judged live:
 * an expectation whose deadline is still ahead is not yet flagged.
 */
import { DEFAULT_POLICY } from '../policy'
import { LOG_FORMAT, type Log, type LogEvent } from '../exercise/log'
import { replay } from '../exercise/replay'
import type { Replay } from '../exercise/replay-types'
import type { Decision, Id, Inject, Scenario } from '../scenario/schema'
import { score, type Flag } from '../scoring'
import { scenarioStartingAt, type PlaytestStart } from './playtest-start'

export interface Playtest {
  /** The scenario as played: starting at the chosen inject with the chosen knowledge. */
  readonly scenario: Scenario
  readonly replay: Replay
  readonly flags: readonly Flag[]
}

export type PlayResult =
  | { readonly ok: true; readonly playtest: Playtest }
  | { readonly ok: false; readonly error: string }

export function startPlaytest(scenario: Scenario, start: PlaytestStart): Playtest {
  const played = scenarioStartingAt(scenario, start)
  const result = withEvents(played, [])
  // An empty log replays on any valid scenario; failing here is a bug, not a user error.
  if (!result.ok) throw new Error(result.error)
  return result.playtest
}

export function play(playtest: Playtest, event: LogEvent): PlayResult {
  return withEvents(playtest.scenario, [...playtest.replay.log.events, event])
}

/** Back to the moment after the first `count` events (0: the start). */
export function rewind(playtest: Playtest, count: number): Playtest {
  const result = withEvents(playtest.scenario, playtest.replay.log.events.slice(0, count))
  // A prefix of a log that replayed cleanly replays cleanly.
  if (!result.ok) throw new Error(result.error)
  return result.playtest
}

function withEvents(scenario: Scenario, events: readonly LogEvent[]): PlayResult {
  const log: Log = {
    format: LOG_FORMAT,
    scenario: scenario.id,
    policy: 'default',
    events: [...events],
  }
  const result = replay(scenario, log)
  if (!result.ok) return { ok: false, error: result.error.message }
  // Live: an expectation whose deadline is still ahead is pending, not missed.
  const { flags } = score(result.replay, DEFAULT_POLICY, { live: true })
  return { ok: true, playtest: { scenario, replay: result.replay, flags } }
}

export function currentInject(playtest: Playtest): Inject {
  const entered = playtest.replay.injects.at(-1)?.inject
  const inject = playtest.scenario.injects.find((candidate) => candidate.id === entered)
  return inject ?? (playtest.scenario.injects[0] as Inject)
}

export function ended(playtest: Playtest): boolean {
  return playtest.replay.end.reason !== 'open'
}

export interface OpenDecision {
  readonly role: Id
  readonly decision: Decision
}

/** The current inject's decisions not taken yet (the engine allows each one once). */
export function openDecisions(playtest: Playtest): OpenDecision[] {
  if (ended(playtest)) return []
  const inject = currentInject(playtest)
  const chosen = playtest.replay.applied.flatMap((event) =>
    event.type === 'decide' && event.inject === inject.id ? [`${event.role}:${event.option}`] : [],
  )
  const isTaken = (decision: Decision): boolean =>
    decision.options.some((option) => chosen.includes(`${decision.role}:${option.id}`))
  return (inject.decisions ?? [])
    .filter((decision) => !isTaken(decision))
    .map((decision) => ({ role: decision.role, decision }))
}

/** The facts a role knows now: the only ones it may share. */
export function knowsNow(playtest: Playtest, role: Id): Id[] {
  return [...(playtest.replay.knowledge.get(role)?.keys() ?? [])]
}
