/**
 * under-sharing (DESIGN.md, "Scoring"):
 * (a) a fact some role held that never reached every role in its `need` by the end of
 *     play: one flag per fact, naming who first held it. A fact no role ever held raises
 *     nothing here (DESIGN: "a fact that some role held").
 * (b) a `decline` for privacy when the disclosure was allowed and the recipient needed it
 *     or the fact bears on safety: the "FERPA forbids it" myth.
 */
import { toClock } from '../scenario/clock'
import type { AppliedDecline, Learning, Replay } from '../exercise/replay-types'
import { isAllowed } from '../policy/disclosure'
import type { Policy } from '../policy/schema'
import type { Fact, Id } from '../scenario/schema'
import { sharingAllowedBasis } from './basis'
import { distinct } from './distinct'
import type { Flag } from './flag'
import { factText, roleTitle, roleTitles } from './words'

export function underSharing(replay: Replay, policy: Policy): Flag[] {
  return [...neverReached(replay), ...privacyDeclines(replay, policy)]
}

function neverReached(replay: Replay): Flag[] {
  const { index } = replay
  const firstHolder = firstLearnings(replay)
  return [...index.facts.values()].flatMap((fact) => {
    const first = firstHolder.get(fact.id)
    if (first === undefined) return []
    const missing = fact.need.filter((role) => !replay.knowledge.get(role)?.has(fact.id))
    if (missing.length === 0) return []
    const flag: Flag = {
      rule: 'under-sharing',
      severity: fact.safety ? 'high' : 'medium',
      role: first.role,
      // Judged when play ended: that is when it became certain they never learned it.
      at: toClock(replay.end.at),
      fact: fact.id,
      to: missing,
      explanation: `${factText(index, fact.id)} never reached ${roleTitles(index, missing)}, who needed it; ${roleTitle(index, first.role)} knew it from ${toClock(first.at)}.`,
      basis: sharingAllowedBasis(fact.sensitivity, fact.safety),
    }
    return [flag]
  })
}

/** fact -> its first learning. `learnings` is in the order things happened. */
function firstLearnings(replay: Replay): ReadonlyMap<Id, Learning> {
  const first = new Map<Id, Learning>()
  for (const learning of replay.learnings) {
    if (!first.has(learning.fact)) first.set(learning.fact, learning)
  }
  return first
}

function privacyDeclines(replay: Replay, policy: Policy): Flag[] {
  return replay.applied.flatMap((event) =>
    event.type === 'decline' && event.reason === 'privacy' ? mythFlags(replay, policy, event) : [],
  )
}

function mythFlags(replay: Replay, policy: Policy, decline: AppliedDecline): Flag[] {
  const { index } = replay
  return distinct(decline.facts).flatMap((id) => {
    const fact = index.facts.get(id)
    if (fact === undefined) return []
    const wronged = distinct(decline.to).filter(
      (to) =>
        (fact.safety || fact.need.includes(to)) &&
        isAllowed(index, policy, { fact, to, threat: decline.threat }),
    )
    if (wronged.length === 0) return []
    const flag: Flag = {
      rule: 'under-sharing',
      severity: 'high',
      role: decline.role,
      event: decline.index,
      at: toClock(decline.at),
      fact: id,
      to: wronged,
      explanation: explainMyth(replay, decline.role, fact, wronged),
      basis: sharingAllowedBasis(fact.sensitivity, fact.safety),
    }
    return [flag]
  })
}

function explainMyth(replay: Replay, role: Id, fact: Fact, to: readonly Id[]): string {
  const { index } = replay
  const why = fact.safety ? 'it bears on safety' : 'they needed it'
  return `${roleTitle(index, role)} kept ${factText(index, fact.id)} from ${roleTitles(index, to)} for privacy reasons, but the disclosure was allowed and ${why}. Privacy law is less restrictive than often believed.`
}
