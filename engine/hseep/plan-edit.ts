/**
 * Editing Appendix A, the improvement plan matrix (docs/hseep.md). The first edit turns the
 * prefill (`plan.ts`) into the evaluation's own plan; from then on the plan is what the
 * evaluator made it, and hot-wash areas raised later are offered, not forced, into it.
 * A row whose completion date is before its start date is refused with the reason.
 */
import { CORE_CAPABILITIES, capabilityName } from '../scenario/capabilities'
import { capabilityLabel } from './capability'
import { DateText, type PlanRow, type RootCause } from './evaluation'

/** The capabilities a row may name, as documents print them; "not mapped" first. */
export const CAPABILITY_CHOICES: readonly string[] = [
  capabilityLabel(undefined),
  ...CORE_CAPABILITIES.map(capabilityName),
]

/** What the evaluator may change in a row; `rootCause: null` clears it. */
export type PlanPatch = Partial<
  Pick<
    PlanRow,
    'issue' | 'action' | 'capability' | 'organization' | 'contact' | 'start' | 'completion'
  >
> & { readonly rootCause?: RootCause | null }

export type PlanEdit =
  { readonly ok: true; readonly plan: PlanRow[] } | { readonly ok: false; readonly problem: string }

/** Why a row's dates cannot stand, or undefined when they can (either may still be empty). */
export function datesProblem(start: string, completion: string): string | undefined {
  for (const [name, value] of [
    ['start', start],
    ['completion', completion],
  ] as const) {
    if (!DateText.safeParse(value).success) {
      return `The ${name} date "${value}" is not a date: write it as YYYY-MM-DD or leave it empty.`
    }
  }
  if (start !== '' && completion !== '' && completion < start) {
    return `The completion date (${completion}) is before the start date (${start}): choose a completion on or after the start, or change the start first.`
  }
  return undefined
}

/** The plan with one row changed, or the reason the change is refused (the plan unchanged). */
export function editPlanRow(plan: readonly PlanRow[], id: string, patch: PlanPatch): PlanEdit {
  const row = plan.find((r) => r.id === id)
  if (row === undefined) return { ok: false, problem: `The plan has no row "${id}".` }
  const { rootCause, ...fields } = patch
  const next: PlanRow = { ...row, ...fields }
  if (rootCause === null) delete next.rootCause
  else if (rootCause !== undefined) next.rootCause = rootCause
  const problem = datesProblem(next.start, next.completion)
  if (problem !== undefined) return { ok: false, problem }
  return { ok: true, plan: plan.map((r) => (r.id === id ? next : r)) }
}

/** An empty row for a corrective action the evaluator adds, starting on the exercise date. */
export function blankPlanRow(id: string, date: string): PlanRow {
  return {
    id,
    issue: '',
    action: '',
    capability: capabilityLabel(undefined),
    organization: '',
    contact: '',
    start: date,
    completion: '',
  }
}

export function removePlanRow(plan: readonly PlanRow[], id: string): PlanRow[] {
  return plan.filter((r) => r.id !== id)
}

/** The prefill's hot-wash rows that the edited plan lacks (raised after the first edit, or removed). */
export function hotwashRowsMissing(
  plan: readonly PlanRow[],
  prefill: readonly PlanRow[],
): PlanRow[] {
  const have = new Set(plan.map((r) => r.id))
  return prefill.filter((r) => r.id.startsWith('hotwash-') && !have.has(r.id))
}

/** Every row whose dates cannot stand, "row N: reason", for a plan read from a file. */
export function planProblems(plan: readonly PlanRow[]): string[] {
  return plan.flatMap((row, at) => {
    const problem = datesProblem(row.start, row.completion)
    return problem === undefined ? [] : [`plan row ${at + 1}: ${problem}`]
  })
}
