/**
 * undocumented-disclosure (docs/scoring.md): an education record, or health information a
 * school holds, shared outside the school under the emergency exception alone must be
 * recorded (34 CFR 99.32(a)(5); docs/domain.md, F4): a `document` action by the sharer or
 * by any school administrator at or after the share, before play ends. A disclosure
 * between school officials needs no record (99.32(d)), and neither does one the fact's
 * `need` or `may`, the parent rule or the normal policy allows.
 */
import type { AppliedShare, Replay } from '../exercise/replay-types'
import { checkDisclosure } from '../policy/disclosure'
import type { Policy } from '../policy/schema'
import { toClock } from '../scenario/clock'
import type { Fact, Id } from '../scenario/schema'
import { BASIS, isSchoolKind } from './basis'
import { distinct } from './distinct'
import { raised, type Raised } from './flag'
import { factText, roleTitle, roleTitles } from './words'

/** The action that records a disclosure. */
export const RECORD_ACTION = 'document'

export function undocumentedDisclosure(replay: Replay, policy: Policy): Raised[] {
  const recorded = recordCheck(replay)
  return replay.applied.flatMap((event) => {
    if (event.type !== 'share') return []
    return recorded(event) ? [] : unrecorded(replay, policy, event)
  })
}

/**
 * Whether a record covers a share: one by the sharer, or by any school administrator, at
 * or after it. Only the latest record of each matters, so one pass over the log answers
 * for every share (comparing every share with every record grew with the square of a
 * long log).
 */
function recordCheck(replay: Replay): (share: AppliedShare) => boolean {
  const latestBy = new Map<Id, number>()
  let latestByAdmin = -Infinity
  for (const event of replay.applied) {
    if (event.type !== 'act' || event.action !== RECORD_ACTION) continue
    latestBy.set(event.role, Math.max(latestBy.get(event.role) ?? -Infinity, event.at))
    if (replay.index.roles.get(event.role)?.kind === 'school-admin') {
      latestByAdmin = Math.max(latestByAdmin, event.at)
    }
  }
  return (share) => latestByAdmin >= share.at || (latestBy.get(share.from) ?? -Infinity) >= share.at
}

function unrecorded(replay: Replay, policy: Policy, share: AppliedShare): Raised[] {
  const { index } = replay
  const sharer = index.roles.get(share.from)?.kind
  return distinct(share.facts).flatMap((id) => {
    const fact = index.facts.get(id)
    if (fact === undefined || !isSchoolRecord(fact, isSchoolKind(sharer))) return []
    const outside = distinct(share.to).filter((to) => {
      if (isSchoolKind(index.roles.get(to)?.kind)) return false
      return (
        checkDisclosure(index, policy, { fact, to, threat: share.threat }).because === 'emergency'
      )
    })
    if (outside.length === 0) return []
    return [
      raised({
        rule: 'undocumented-disclosure',
        severity: 'low',
        role: share.from,
        event: share.index,
        at: toClock(share.at),
        fact: id,
        to: outside,
        explanation: explain(replay, share, id, outside),
        basis: BASIS.F4,
      }),
    ]
  })
}

/** FERPA records: every education record, and health information when a school holds it. */
function isSchoolRecord(fact: Fact, heldBySchool: boolean): boolean {
  return fact.sensitivity === 'education-record' || (fact.sensitivity === 'health' && heldBySchool)
}

function explain(replay: Replay, share: AppliedShare, fact: Id, to: readonly Id[]): string {
  const { index } = replay
  return `${roleTitle(index, share.from)} rightly gave ${factText(index, fact)} to ${roleTitles(index, to)} under the emergency exception, but no one recorded the disclosure: note the threat and who received it in the student's record.`
}
