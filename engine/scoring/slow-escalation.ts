/**
 * slow-escalation (docs/scoring.md): an expectation met late (medium while the time taken
 * is at most twice the allowance, else high) or never met (high, or critical if the threat
 * was imminent at any moment from its clock's start to the end of play). A late flag is at
 * the time it was met and names the event that met it; a missed one is at its deadline,
 * with no event.
 */
import { toClock } from '../scenario/clock'
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { Replay } from '../exercise/replay-types'
import { BASIS } from './basis'
import { highestThreat } from './threat'
import {
  judgeExpectations,
  type ExpectationOutcome,
  type JudgeOptions,
  type MetOutcome,
  type MissedOutcome,
} from './expectations'
import type { Flag, FlagSeverity, Raised } from './flag'
import { actionLabel, factText, minutes, roleTitle, roleTitles } from './words'

type Judged = (MetOutcome & { readonly status: 'late' }) | MissedOutcome

export function slowEscalation(replay: Replay, options: JudgeOptions = {}): Raised[] {
  return judgeExpectations(replay, options)
    .filter(isJudged)
    .map((outcome) => {
      const flag = flagOf(replay, outcome)
      return {
        flag,
        expectation: outcome.expectation.id,
        facts: flag.fact === undefined ? [] : [flag.fact],
      }
    })
}

function isJudged(outcome: ExpectationOutcome): outcome is Judged {
  return outcome.status === 'late' || outcome.status === 'missed'
}

function flagOf(replay: Replay, outcome: Judged): Flag {
  const { expectation } = outcome
  const within = outcome.due - outcome.start
  const late = outcome.status === 'late'
  const taken = late ? outcome.metAt - outcome.start : undefined
  const severity: FlagSeverity = late
    ? (taken ?? 0) <= 2 * within
      ? 'medium'
      : 'high'
    : outcome.threatReached3
      ? 'critical'
      : 'high'
  return {
    rule: 'slow-escalation',
    severity,
    ...(outcome.role === undefined ? {} : { role: outcome.role }),
    ...(late && outcome.event !== undefined ? { event: outcome.event } : {}),
    at: toClock(late ? outcome.metAt : outcome.due),
    ...(expectation.escalate === undefined
      ? {}
      : { fact: expectation.escalate.fact, to: [...expectation.escalate.to] }),
    ...(taken === undefined ? {} : { delay: taken - within }),
    explanation: explain(replay.index, outcome),
    basis: basisOf(replay, outcome),
  }
}

function explain(index: ScenarioIndex, outcome: Judged): string {
  const { expectation } = outcome
  const allowance = minutes(outcome.due - outcome.start)
  const imminent =
    outcome.status === 'missed' && outcome.threatReached3 ? ' The threat became imminent.' : ''
  if (expectation.escalate !== undefined) {
    const { fact, to } = expectation.escalate
    const who = outcome.role === undefined ? 'someone' : roleTitle(index, outcome.role)
    const target = roleTitles(index, to, 'or')
    if (outcome.status === 'late') {
      return `${factText(index, fact)} reached ${target} ${minutes(outcome.metAt - outcome.start)} after ${who} learned it at ${toClock(outcome.start)}; it should take at most ${allowance}.`
    }
    return `${factText(index, fact)} never reached ${target}; ${who} knew it from ${toClock(outcome.start)} and it was due by ${toClock(outcome.due)}.${imminent}`
  }
  const action = actionLabel(index, expectation.act?.action ?? '')
  const since =
    expectation.from === undefined
      ? 'play began'
      : `“${index.injects.get(expectation.from)?.title ?? expectation.from}”`
  if (outcome.status === 'late') {
    const who = outcome.role === undefined ? 'Someone' : roleTitle(index, outcome.role)
    return `${who} took the action ${action} ${minutes(outcome.metAt - outcome.start)} after ${since}; it was expected within ${allowance}.`
  }
  return `No one took the action ${action}, expected within ${allowance} of ${since} (by ${toClock(outcome.due)}).${imminent}`
}

/** T2 when the threat was imminent as it fell due or 911 was expected; H2 for a clinician's warning. */
function basisOf(replay: Replay, outcome: Judged): string {
  const { expectation } = outcome
  const imminentWhenDue = highestThreat(replay, outcome.due, outcome.due) >= 3
  if (imminentWhenDue || expectation.act?.action === 'call-911') return BASIS.T2
  if (outcome.role !== undefined && expectation.escalate !== undefined) {
    const firstHolder = replay.index.roles.get(outcome.role)?.kind
    if (firstHolder === 'community-health') return BASIS.H2
  }
  return BASIS.T1
}
