/**
 * over-sharing (docs/scoring.md): a fact that identifies someone or is sensitive, shared
 * with a recipient the scenario and the policy profile do not allow. One flag per share
 * and fact, listing every recipient concerned. Its basis follows who held the fact.
 */
import { toClock } from '../scenario/clock'
import type { AppliedShare, Replay } from '../exercise/replay-types'
import { checkDisclosure, isBroadAudience, isEmergency, isProtected } from '../policy/disclosure'
import type { Policy } from '../policy/schema'
import type { Fact, Id } from '../scenario/schema'
import { overSharingBasis } from './basis'
import { distinct } from './distinct'
import { raised, type FlagSeverity, type Raised } from './flag'
import { factText, roleTitle, roleTitles } from './words'

export function overSharing(replay: Replay, policy: Policy): Raised[] {
  return replay.applied.flatMap((event) =>
    event.type === 'share' ? shareFlags(replay, policy, event) : [],
  )
}

function shareFlags(replay: Replay, policy: Policy, share: AppliedShare): Raised[] {
  const { index } = replay
  return distinct(share.facts).flatMap((id) => {
    const fact = index.facts.get(id)
    if (fact === undefined || !isProtected(fact)) return []
    const refused = distinct(share.to).filter(
      (to) => !checkDisclosure(index, policy, { fact, to, threat: share.threat }).allowed,
    )
    if (refused.length === 0) return []
    const broad = refused.some((to) => {
      const kind = index.roles.get(to)?.kind
      return kind !== undefined && isBroadAudience(kind)
    })
    const holding = {
      sensitivity: fact.sensitivity,
      heldBy: index.roles.get(share.from)?.kind,
      emergency: isEmergency(fact, share.threat),
    }
    const flag = raised({
      rule: 'over-sharing',
      severity: severityOf(fact, broad),
      role: share.from,
      event: share.index,
      at: toClock(share.at),
      fact: id,
      to: refused,
      explanation: explain(replay, share, fact, refused, broad),
      basis: overSharingBasis(holding, broad),
    })
    return [flag]
  })
}

function severityOf(fact: Fact, broad: boolean): FlagSeverity {
  if (broad) return 'critical'
  return fact.sensitivity === 'education-record' || fact.sensitivity === 'health'
    ? 'high'
    : 'medium'
}

function explain(
  replay: Replay,
  share: AppliedShare,
  fact: Fact,
  refused: readonly Id[],
  broad: boolean,
): string {
  const { index } = replay
  const subject = fact.about === undefined ? undefined : index.people.get(fact.about)?.name
  const what = subject === undefined ? fact.sensitivity : `${fact.sensitivity} about ${subject}`
  const told = `${roleTitle(index, share.from)} shared ${factText(index, fact.id)} (${what}) with ${roleTitles(index, refused)}`
  // A sensitive fact that names no one is also refused to broad audiences: say which rule.
  const barred =
    fact.about === undefined
      ? `${fact.sensitivity} information`
      : 'information that identifies someone'
  return broad
    ? `${told}: a broad audience must not receive ${barred}.`
    : `${told}, who ${refused.length === 1 ? 'does' : 'do'} not need it and ${refused.length === 1 ? 'is' : 'are'} not allowed it by the policy at this threat level.`
}
