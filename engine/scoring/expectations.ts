/**
 * Judging the scenario's expectations against a replay (docs/scoring.md, slow-escalation).
 * The outcome is shared by the slow-escalation rule, the debrief's objectives and its
 * expected-versus-actual timeline, so they can never disagree.
 *
 * - escalate: the clock starts when anyone first learns the fact; it is met when any role
 *   in `to` first knows it. If the first learner is itself in `to`, it is met at once.
 * - act: the clock starts when the `from` inject is first entered (or when play begins);
 *   it is met by the first such action, by anyone, at or after that time.
 * - Not met by the end of the log: missed. A log is judged as a finished exercise; only
 *   live views of a session in progress (`{ live: true }`) call an expectation whose
 *   deadline has not passed yet pending instead of missed.
 */
import type { Minute } from '../scenario/clock'
import { toMinute } from '../scenario/clock'
import type { Expectation, Id } from '../scenario/schema'
import type { AppliedAct, Learning, Replay } from '../exercise/replay-types'
import { highestThreat } from './threat'

export interface StartedOutcome {
  readonly expectation: Expectation
  /** When the clock started. */
  readonly start: Minute
  /** start + within. */
  readonly due: Minute
  /** escalate: who first held the fact. act: who took the action. */
  readonly role?: Id
}
type Started = StartedOutcome

export interface MetOutcome extends StartedOutcome {
  readonly status: 'on-time' | 'late'
  readonly metAt: Minute
  /** The log index of the event that met it (a decide's index for option events). */
  readonly event?: number
}
export interface MissedOutcome extends StartedOutcome {
  readonly status: 'missed'
  /** The threat was imminent (3) at some moment from the clock start to the end of play. */
  readonly threatReached3: boolean
}
export interface PendingOutcome extends StartedOutcome {
  readonly status: 'pending'
}
export interface NotApplicableOutcome {
  readonly status: 'not-applicable'
  readonly expectation: Expectation
}

export type ExpectationOutcome = NotApplicableOutcome | MetOutcome | MissedOutcome | PendingOutcome

/** How to judge a log: as a finished exercise (the default), or live, while play goes on. */
export interface JudgeOptions {
  readonly live?: boolean
}

export function judgeExpectations(
  replay: Replay,
  options: JudgeOptions = {},
): ExpectationOutcome[] {
  const live = options.live === true && replay.end.reason === 'open'
  return replay.index.scenario.expectations.map((expectation) => judge(replay, expectation, live))
}

function judge(replay: Replay, expectation: Expectation, live: boolean): ExpectationOutcome {
  if (expectation.escalate !== undefined) {
    const { fact, to, within } = expectation.escalate
    const learned = replay.learnings.filter((l) => l.fact === fact)
    const first = learned[0]
    if (first === undefined) return { status: 'not-applicable', expectation }
    const met = learned.find((l) => to.includes(l.role))
    const started = { expectation, start: first.at, due: first.at + within, role: first.role }
    return met === undefined
      ? unmet(replay, started, live)
      : metAt(started, met.at, learningEvent(replay, met))
  }
  if (expectation.act !== undefined) {
    const { action, within } = expectation.act
    const start = actClockStart(replay, expectation.from)
    if (start === undefined) return { status: 'not-applicable', expectation }
    const met = replay.applied.find(
      (e): e is AppliedAct => e.type === 'act' && e.action === action && e.at >= start,
    )
    const started = { expectation, start, due: start + within }
    return met === undefined
      ? unmet(replay, started, live)
      : metAt({ ...started, role: met.role }, met.at, met.index)
  }
  return { status: 'not-applicable', expectation }
}

function metAt(started: Started, at: Minute, event: number | undefined): ExpectationOutcome {
  const status = at <= started.due ? 'on-time' : 'late'
  return event === undefined
    ? { ...started, status, metAt: at }
    : { ...started, status, metAt: at, event }
}

function unmet(replay: Replay, started: Started, live: boolean): ExpectationOutcome {
  if (live && replay.end.at < started.due) {
    return { ...started, status: 'pending' }
  }
  const threatReached3 = highestThreat(replay, started.start, replay.end.at) >= 3
  return { ...started, status: 'missed', threatReached3 }
}

/** When an `act` expectation's clock starts, or undefined if its inject was never entered. */
function actClockStart(replay: Replay, from: Id | undefined): Minute | undefined {
  if (from === undefined) {
    return replay.injects[0]?.at ?? toMinute(replay.index.scenario.start)
  }
  return replay.injects.find((entry) => entry.inject === from)?.at
}

/** The event behind a learning: the share, or the `advance` that entered the revealing inject. */
function learningEvent(replay: Replay, learning: Learning): number | undefined {
  if (learning.index !== undefined) return learning.index
  return replay.injects.find((entry) => entry.inject === learning.inject)?.index
}
