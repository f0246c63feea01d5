/**
 * slow-escalation (DESIGN.md, "Scoring"): an expectation met late (medium while the time
 * taken is at most twice the allowance, else high) or never met (high, or critical if the
 * threat reached imminent after its clock started). A late flag is at the time it was met
 * and names the event that met it; a missed one is at its deadline, with no event.
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
import type { Flag, FlagSeverity } from './flag'
import { actionLabel, factText, minutes, roleTitle, roleTitles } from './words'

type Judged = (MetOutcome & { readonly status: 'late' }) | MissedOutcome

export function slowEscalation(replay: Replay, options: JudgeOptions = {}): Flag[] {
  return judgeExpectations(replay, options)
    .filter(isJudged)
    .map((outcome) => flagOf(replay, outcome))
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

function basisOf(replay: Replay, outcome: Judged): string {
  const { expectation } = outcome
  const imminent =
    outcome.status === 'missed'
      ? outcome.threatReached3
      : highestThreat(replay, outcome.start, outcome.metAt) >= 3
  if (expectation.act !== undefined) {
    const level = replay.index.actions.get(expectation.act.action)?.level ?? 0
    return imminent || level >= 2 ? BASIS.T2 : BASIS.T1
  }
  const fact = replay.index.facts.get(expectation.escalate?.fact ?? '')
  if (fact?.sensitivity === 'health') return `${BASIS.H2}; ${BASIS.T1}`
  return imminent ? `${BASIS.T2}; ${BASIS.T1}` : BASIS.T1
}
