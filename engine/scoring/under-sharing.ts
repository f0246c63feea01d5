/**
 * under-sharing (docs/scoring.md):
 * (a) a `decline` for privacy when the disclosure was allowed and the recipient needed it
 *     or the fact bears on safety: the "FERPA forbids it" myth. High; one flag per decline
 *     and fact, listing the recipients concerned.
 * (b) a fact some role held that never reached every role in its `need` by the end of
 *     play: one flag per fact, naming who first held it. A recipient a decline flag (a)
 *     already names for that fact is not named again, and no flag is left when none
 *     remains. A fact no role ever held raises nothing here.
 */
import { toClock } from '../scenario/clock'
import type { AppliedDecline, Learning, Replay } from '../exercise/replay-types'
import { isAllowed, isEmergency } from '../policy/disclosure'
import type { Policy } from '../policy/schema'
import type { Fact, Id } from '../scenario/schema'
import { underSharingBasis } from './basis'
import { distinct } from './distinct'
import { raised, type Raised } from './flag'
import { highestThreat } from './threat'
import { factText, roleTitle, roleTitles } from './words'

export function underSharing(replay: Replay, policy: Policy): Raised[] {
  const declines = privacyDeclines(replay, policy)
  return [...neverReached(replay, namedByDeclines(declines)), ...declines]
}

/** fact -> the recipients decline flags already name for it. */
function namedByDeclines(declines: readonly Raised[]): ReadonlyMap<Id, ReadonlySet<Id>> {
  const named = new Map<Id, Set<Id>>()
  for (const { flag } of declines) {
    if (flag.fact === undefined) continue
    const roles = named.get(flag.fact) ?? new Set<Id>()
    for (const role of flag.to ?? []) roles.add(role)
    named.set(flag.fact, roles)
  }
  return named
}

function neverReached(replay: Replay, named: ReadonlyMap<Id, ReadonlySet<Id>>): Raised[] {
  const { index } = replay
  const firstHolder = firstLearnings(replay)
  return [...index.facts.values()].flatMap((fact) => {
    const first = firstHolder.get(fact.id)
    if (first === undefined) return []
    const missing = distinct(fact.need).filter(
      (role) => !replay.knowledge.get(role)?.has(fact.id) && named.get(fact.id)?.has(role) !== true,
    )
    if (missing.length === 0) return []
    // The emergency exception was open if the threat was credible at any moment it was held.
    const threat = highestThreat(replay, first.at, replay.end.at)
    const flag = raised({
      rule: 'under-sharing',
      severity: fact.safety ? 'high' : 'medium',
      role: first.role,
      // Judged when play ended: that is when it became certain they never learned it.
      at: toClock(replay.end.at),
      fact: fact.id,
      to: missing,
      explanation: `${factText(index, fact.id)} never reached ${roleTitles(index, missing)}, who needed it; ${roleTitle(index, first.role)} knew it from ${toClock(first.at)}.`,
      basis: basisOf(replay, fact, first.role, isEmergency(fact, threat), missing),
    })
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

function privacyDeclines(replay: Replay, policy: Policy): Raised[] {
  return replay.applied.flatMap((event) =>
    event.type === 'decline' && event.reason === 'privacy' ? mythFlags(replay, policy, event) : [],
  )
}

function mythFlags(replay: Replay, policy: Policy, decline: AppliedDecline): Raised[] {
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
    const flag = raised({
      rule: 'under-sharing',
      severity: 'high',
      role: decline.role,
      event: decline.index,
      at: toClock(decline.at),
      fact: id,
      to: wronged,
      explanation: explainMyth(replay, decline.role, fact, wronged),
      basis: basisOf(replay, fact, decline.role, isEmergency(fact, decline.threat), wronged),
    })
    return [flag]
  })
}

function basisOf(
  replay: Replay,
  fact: Fact,
  heldBy: Id,
  emergency: boolean,
  leftOut: readonly Id[],
): string {
  const kindOf = (role: Id) => replay.index.roles.get(role)?.kind
  const holding = { sensitivity: fact.sensitivity, heldBy: kindOf(heldBy), emergency }
  return underSharingBasis(holding, leftOut.map(kindOf))
}

function explainMyth(replay: Replay, role: Id, fact: Fact, to: readonly Id[]): string {
  const { index } = replay
  const why = fact.safety ? 'it bears on safety' : 'they needed it'
  return `${roleTitle(index, role)} kept ${factText(index, fact.id)} from ${roleTitles(index, to)} for privacy reasons, but the disclosure was allowed and ${why}. Privacy law is less restrictive than often believed.`
}
