/**
 * The rule a flag cites in `basis`: "ID — plain words", the ID first. Which rule applies
 * follows who holds the information and why (docs/scoring.md, "Basis"), never one fixed
 * ID per flag: a school nurse's record is FERPA's, a community clinic's is HIPAA's, a
 * police report is the agency's, and what a teacher saw first-hand is no record at all.
 * The rule texts summarise docs/domain.md, where each rule has its sources.
 */
import { SCHOOL_KINDS, type RoleKind } from '../scenario/schema'

export const BASIS = {
  F1: 'F1 — what a staff member personally saw or heard is not an education record and may be shared (FERPA, 34 CFR 99.3)',
  F2: 'F2 — when the threat can be articulated, share with police, medical staff or parents without waiting for consent (FERPA health or safety emergency, 34 CFR 99.31(a)(10) and 99.36)',
  F3: 'F3 — share only what the emergency needs, with those who need it, while it lasts (FERPA, 34 CFR 99.36)',
  F4: 'F4 — record each emergency disclosure of an education record: the threat and who received it (FERPA, 34 CFR 99.32(a)(5))',
  F5: 'F5 — team members use team information only for the threat assessment (FERPA, 34 CFR 99.33(a))',
  F6: 'F6 — use the lightest lawful channel: directory information or the police report before the file (FERPA, 34 CFR 99.37)',
  F7: 'F7 — do not mention disability or IEP status unless it bears on the threat (Section 504; ADA Title II)',
  F8: 'F8 — outside an emergency, education records (a school nurse’s and counsellor’s included) go without consent only to school officials with a legitimate educational interest (FERPA, 34 CFR 99.31(a)(1) and 99.36(b)(2))',
  P1: 'P1 — a personal observation is not a record: share it by professional need to know, never as gossip or to a broad audience',
  L1: 'L1 — law-enforcement records follow the agency’s policy and the school’s agreement with it; FERPA neither requires nor forbids their release (34 CFR 99.8)',
  H1: 'H1 — HIPAA is not a reason to withhold school nurse or counsellor information: school health records are FERPA education records',
  H2: 'H2 — a clinician’s warning about a serious and imminent threat is lawful, and the school must act on it (HIPAA, 45 CFR 164.512(j))',
  H3: 'H3 — even emergency disclosures carry only what is needed (HIPAA minimum necessary, 45 CFR 164.502(b))',
  T1: 'T1 — report any concerning statement to an administrator or the team the same day; the reporter does not filter',
  T2: 'T2 — imminent danger: call 911 first and notify the chain at the same time',
  T3: 'T3 — classify the threat (transient or substantive) before acting',
  T4: 'T4 — a substantive threat means notifying the target and the target’s parents',
  T5: 'T5 — second-hand reports are leakage and must be assessed',
  T6: 'T6 — keep observation separate from inference; never judge risk by traits',
  C1: 'C1 — every claim is sourced or marked “unconfirmed”',
  C2: 'C2 — a handoff includes the goal, the urgency, what is known and the ask',
  C3: 'C3 — public updates go only through the designated spokesperson or channel',
  C4: 'C4 — public messages name no student (the threat-maker or anyone else) and give no medical details',
  C5: 'C5 — release students only through the reunification protocol: photo ID checked against the emergency card; a court order on file decides custody, a note on the card does not',
  C6: 'C6 — after the crisis, keep monitoring and assess each threat; no blanket closures, sweeps or labelling',
  C7: 'C7 — set the chain of contact and the decision tree before the crisis',
} as const
export type RuleId = keyof typeof BASIS

/** The rule IDs a scenario's `avoid` expectation may cite. */
export const RULE_IDS = Object.keys(BASIS) as readonly RuleId[]

export function isSchoolKind(kind: RoleKind | undefined): boolean {
  return kind !== undefined && SCHOOL_KINDS.includes(kind)
}

/** An `avoid` expectation's basis: a bare rule ID gets its plain words; anything else stays. */
export function citedBasis(written: string): string {
  const id = written.trim()
  return id in BASIS ? BASIS[id as RuleId] : written
}

/** The situation of a disclosure or a withholding, as the basis table reads it. */
export interface Holding {
  readonly sensitivity: string
  /** The kind of whoever held the information: sharer, decliner or first holder. */
  readonly heldBy: RoleKind | undefined
  /** The emergency exception was open: a `safety` fact while the threat was 2 or more. */
  readonly emergency: boolean
}

/** over-sharing: the first row that fits. */
export function overSharingBasis(holding: Holding, broadAudience: boolean): string {
  const { sensitivity, heldBy, emergency } = holding
  if (broadAudience) return BASIS.C4
  if (isFerpaRecord(holding)) return emergency ? BASIS.F3 : BASIS.F8
  if (sensitivity === 'health' && heldBy === 'community-health') return BASIS.H3
  // Police information follows the agency's rules (L1); what is left is an observation or
  // a fact that names someone, which no records law governs (P1).
  if (sensitivity === 'law-enforcement') return BASIS.L1
  return BASIS.P1
}

/** under-sharing: why holding back was wrong, by the first row that fits. */
export function underSharingBasis(holding: Holding, leftOut: readonly (RoleKind | undefined)[]) {
  const { sensitivity, heldBy, emergency } = holding
  if (sensitivity === 'observation') return BASIS.F1
  if (sensitivity === 'education-record') return emergency ? BASIS.F2 : BASIS.F8
  if (sensitivity === 'health' && isSchoolKind(heldBy)) return BASIS.H1
  if (sensitivity === 'health' && heldBy === 'community-health') return BASIS.H2
  if (sensitivity === 'law-enforcement') return BASIS.L1
  if (leftOut.includes('parent')) return BASIS.T4
  return BASIS.T1
}

/** An education record, or health information a school holds: FERPA governs both. */
function isFerpaRecord({ sensitivity, heldBy }: Holding): boolean {
  return sensitivity === 'education-record' || (sensitivity === 'health' && isSchoolKind(heldBy))
}
