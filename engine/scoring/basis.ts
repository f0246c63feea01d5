/**
 * The rules of DOMAIN.md that flags cite in `basis`, with the regulation where one
 * applies. Kept in one place so every rule module cites them the same way.
 */
import type { Sensitivity } from '../scenario/schema'

export const BASIS = {
  F1: 'F1 — what a staff member personally saw or heard is not an education record and may be shared (FERPA, 34 CFR 99.3)',
  F2: 'F2 — FERPA health or safety emergency exception, 34 CFR 99.31(a)(10) and 99.36',
  F3: 'F3 — share only what the emergency needs, with those who need it, while it lasts (FERPA, 34 CFR 99.31(a)(10) and 99.36)',
  F5: 'F5 — team members use team information only for the threat assessment (FERPA, 34 CFR 99.33(a))',
  F6: 'F6 — directory information is a lawful channel (FERPA, 34 CFR 99.37)',
  H1: 'H1 — HIPAA is not a reason to withhold school nurse or counsellor information (school health records are FERPA education records, 45 CFR 160.103)',
  H2: 'H2 — a clinician’s warning about an imminent threat is lawful and the school must act on it (HIPAA, 45 CFR 164.512(j))',
  H3: 'H3 — even emergency disclosures carry only what is needed (HIPAA minimum necessary, 45 CFR 164.502(b))',
  T1: 'T1 — report any concerning statement to an administrator or the team the same day; the reporter does not filter',
  T2: 'T2 — imminent danger: call 911 first and notify the chain at the same time',
  T3: 'T3 — classify the threat (transient or substantive) before acting',
  T6: 'T6 — keep observation separate from inference',
  C1: 'C1 — every claim is sourced or marked “unconfirmed”',
  C2: 'C2 — a handoff includes the goal, the urgency, what is known and the ask',
  C4: 'C4 — public messages do not name the threat-maker or give medical details',
  C6: 'C6 — after a crisis, assess each threat; no blanket closures, sweeps or labelling',
} as const

/**
 * Why holding back a fact of this sensitivity was not required by privacy law: the
 * "FERPA (or HIPAA) forbids it" myth, answered by the rule that fits the information.
 */
export function sharingAllowedBasis(sensitivity: Sensitivity, safety: boolean): string {
  switch (sensitivity) {
    case 'observation':
      return safety ? `${BASIS.F1}; ${BASIS.T1}` : BASIS.F1
    case 'health':
      return `${BASIS.H1}; ${BASIS.F2}`
    case 'education-record':
    case 'law-enforcement':
      return BASIS.F2
    case 'directory':
      return safety ? `${BASIS.F6}; ${BASIS.F2}` : BASIS.F6
    case 'public':
      return BASIS.T1
  }
}

/** What a disclosure to someone not allowed breaks. */
export function overSharingBasis(sensitivity: Sensitivity, broadAudience: boolean): string {
  if (broadAudience) return `${BASIS.C4}; ${BASIS.F3}`
  if (sensitivity === 'health') return `${BASIS.H3}; ${BASIS.F3}`
  return BASIS.F3
}
