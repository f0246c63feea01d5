/**
 * Strengths, derived only from what the log shows went right: expectations met in time,
 * unverified safety information passed on with an honest label, complete messages on
 * safety facts under a credible or imminent threat, actions in proportion to the threat,
 * and privacy declines that the policy supports. An option's teaching point is not a
 * strength: the scenario does not say whether the option was a good one.
 *
 * Never praised: an event that raised a flag (for an option's events, the `decide` that
 * chose it), nor a handoff of a fact that a flag concerns — a share that met its deadline
 * while also going to the whole staff is not a strength.
 */
import type { ExpectationOutcome, MetOutcome } from '../scoring/expectations'
import type { ScoreResult } from '../scoring/score'
import type { AppliedAct, AppliedDecline, AppliedShare, Replay } from '../exercise/replay-types'
import { isAllowed } from '../policy/disclosure'
import type { Policy } from '../policy/schema'
import { CERTAINTY_RANK } from '../scenario/schema'
import { missingParts } from '../scoring/unclear-message'
import { toClock } from '../scenario/clock'
import { factText, listOf, minutes, roleTitle, roleTitles } from '../scoring/words'
import { describeExpectation } from './timeline'

export function buildStrengths(
  replay: Replay,
  policy: Policy,
  outcomes: readonly ExpectationOutcome[],
  result: ScoreResult,
): string[] {
  const flaggedEvents = new Set(result.flags.flatMap((flag) => flag.event ?? []))
  const flaggedFacts = new Set(result.ties.flatMap((tie) => tie.facts))
  const unflagged = (event: number | undefined, facts: readonly string[]): boolean =>
    (event === undefined || !flaggedEvents.has(event)) &&
    !facts.some((fact) => flaggedFacts.has(fact))
  const found = [
    ...outcomes.flatMap((o) =>
      o.status === 'on-time' && unflagged(o.event, factsOf(o)) ? [metInTime(replay, o)] : [],
    ),
    ...replay.applied.flatMap((event) => {
      if (flaggedEvents.has(event.index)) return []
      if (event.type === 'share') {
        if (!unflagged(event.index, event.facts)) return []
        return [...honestLabels(replay, event), ...completeMessage(replay, event)]
      }
      if (event.type === 'act') return proportionate(replay, event)
      if (event.type === 'decline') {
        return unflagged(event.index, event.facts) ? rightDeclines(replay, policy, event) : []
      }
      return []
    }),
  ]
  return [...new Set(found)]
}

function factsOf(outcome: MetOutcome): readonly string[] {
  return outcome.expectation.escalate === undefined ? [] : [outcome.expectation.escalate.fact]
}

function metInTime(replay: Replay, outcome: MetOutcome): string {
  const taken = outcome.metAt - outcome.start
  const allowed = outcome.due - outcome.start
  return `Met in time: ${describeExpectation(replay.index, outcome)} — done in ${minutes(taken)} (at ${toClock(outcome.metAt)}), allowance ${minutes(allowed)}.`
}

function honestLabels(replay: Replay, share: AppliedShare): string[] {
  const { index } = replay
  return share.facts.flatMap((id) => {
    const fact = index.facts.get(id)
    if (fact?.safety !== true || fact.certainty === 'confirmed') return []
    if (CERTAINTY_RANK[share.label] > CERTAINTY_RANK[fact.certainty]) return []
    return [
      `${roleTitle(index, share.from)} passed ${factText(index, id)} to ${roleTitles(index, share.to)} without overstating it (labelled ${share.label}).`,
    ]
  })
}

function completeMessage(replay: Replay, share: AppliedShare): string[] {
  const { index } = replay
  if (share.threat < 2 || missingParts(share.message).length > 0) return []
  const safety = share.facts.filter((id) => index.facts.get(id)?.safety === true)
  if (safety.length === 0) return []
  return [
    `${roleTitle(index, share.from)} gave ${roleTitles(index, share.to)} a complete message (goal, urgency, what is known, the ask) about ${listOf(safety.map((id) => factText(index, id)))} while the threat was ${share.threat === 3 ? 'imminent' : 'credible'}.`,
  ]
}

function proportionate(replay: Replay, act: AppliedAct): string[] {
  // In proportion: a real response (level 1 or more) at, or one step under, the threat.
  if (act.level < 1 || act.level > act.threat || act.threat - act.level > 1) return []
  const label = replay.index.actions.get(act.action)?.label ?? act.action
  return [
    `${roleTitle(replay.index, act.role)} responded in proportion: “${label}” (level ${act.level}) at threat level ${act.threat}.`,
  ]
}

function rightDeclines(replay: Replay, policy: Policy, decline: AppliedDecline): string[] {
  if (decline.reason !== 'privacy') return []
  const { index } = replay
  return decline.facts.flatMap((id) => {
    const fact = index.facts.get(id)
    if (fact === undefined) return []
    const refused = decline.to.filter(
      (to) => !isAllowed(index, policy, { fact, to, threat: decline.threat }),
    )
    if (refused.length === 0) return []
    return [
      `${roleTitle(index, decline.role)} rightly kept ${factText(index, id)} from ${roleTitles(index, refused)}, who may not receive it.`,
    ]
  })
}
