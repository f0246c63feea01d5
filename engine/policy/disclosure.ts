/**
 * Who may receive a fact: the one place that decides it, used by the scoring rules
 * (over-sharing, the "FERPA forbids it" decline, the record of an emergency disclosure)
 * and by the app's share composer, so the UI never re-derives the rule. See
 * docs/scoring.md, "over-sharing" and "Policy profiles".
 */
import type { ScenarioIndex } from '../scenario/scenario-index'
import {
  BROAD_KINDS,
  type Fact,
  type Id,
  type RoleKind,
  type Sensitivity,
  type ThreatLevel,
} from '../scenario/schema'
import type { Policy } from './schema'

/** Sensitivities protected even when the fact names no one. */
const PROTECTED_SENSITIVITIES: readonly Sensitivity[] = [
  'education-record',
  'health',
  'law-enforcement',
]

/** The emergency exception opens at "credible" (2) and above. */
export const EMERGENCY_THREAT: ThreatLevel = 2

/** Why a recipient may receive a fact; the first reason that applies, in this order. */
export type AllowedBecause =
  | 'unprotected' // names no one and is not a protected sensitivity: over-sharing does not apply
  | 'public' // public facts go to anyone
  | 'need' // the recipient is in the fact's `need`
  | 'may' // the recipient's id or kind is in the fact's `may`
  | 'parent' // a parent of the person the fact is about
  | 'policy' // the policy allows the recipient's kind for this sensitivity
  | 'emergency' // the same, under the emergency exception

export type RefusedBecause =
  | 'broad-audience' // parents, media, public never get identifying non-public facts
  | 'policy' // no rule allows it
  | 'unknown-recipient'

export type Disclosure =
  | { readonly allowed: true; readonly because: AllowedBecause }
  | { readonly allowed: false; readonly because: RefusedBecause }

export interface DisclosureQuery {
  readonly fact: Fact
  /** The recipient's role id. */
  readonly to: Id
  /** The situation's threat level at the moment of sharing. */
  readonly threat: ThreatLevel
}

/** True when over-sharing applies to the fact: it identifies someone or is sensitive. */
export function isProtected(fact: Fact): boolean {
  return fact.about !== undefined || PROTECTED_SENSITIVITIES.includes(fact.sensitivity)
}

export function isBroadAudience(kind: RoleKind): boolean {
  return BROAD_KINDS.includes(kind)
}

/** May `query.to` receive `query.fact` at that threat level, and why (or why not)? */
export function checkDisclosure(
  index: ScenarioIndex,
  policy: Policy,
  query: DisclosureQuery,
): Disclosure {
  const { fact, to, threat } = query
  const role = index.roles.get(to)
  if (role === undefined) return { allowed: false, because: 'unknown-recipient' }
  if (fact.sensitivity === 'public') return { allowed: true, because: 'public' }
  if (!isProtected(fact)) return { allowed: true, because: 'unprotected' }
  if (fact.need.includes(to)) return { allowed: true, because: 'need' }
  if (fact.may.includes(to) || fact.may.includes(role.kind)) {
    return { allowed: true, because: 'may' }
  }
  if (isParentOfSubject(index, fact, to)) {
    return { allowed: true, because: 'parent' }
  }
  if (isBroadAudience(role.kind) && fact.about !== undefined) {
    return { allowed: false, because: 'broad-audience' }
  }
  const rule = policy.sensitivities[fact.sensitivity]
  if (rule.allowed.includes(role.kind)) return { allowed: true, because: 'policy' }
  if (isEmergency(fact, threat) && rule.emergency.includes(role.kind)) {
    return { allowed: true, because: 'emergency' }
  }
  return { allowed: false, because: 'policy' }
}

/** The emergency exception is open for this fact: it bears on safety and the threat is credible. */
export function isEmergency(fact: Fact, threat: ThreatLevel): boolean {
  return fact.safety && threat >= EMERGENCY_THREAT
}

/** Shorthand for `checkDisclosure(...).allowed`. */
export function isAllowed(index: ScenarioIndex, policy: Policy, query: DisclosureQuery): boolean {
  return checkDisclosure(index, policy, query).allowed
}

function isParentOfSubject(index: ScenarioIndex, fact: Fact, role: Id): boolean {
  if (fact.about === undefined) return false
  return index.people.get(fact.about)?.parents.includes(role) ?? false
}
