/**
 * Appendix A, the improvement plan matrix, prefilled (docs/hseep.md): one row per flagged
 * practice (its rule, the objective it counts toward and who was responsible), with the
 * debrief's corrective action and due date, then one row per area for improvement from the
 * hot wash, its action left for the room to agree. The evaluator edits every cell after.
 */
import { buildImprovements } from '../debrief/improvements'
import type { Debrief } from '../debrief/schema'
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { Id, RoleKind } from '../scenario/schema'
import type { Flag } from '../scoring/flag'
import { capabilityLabel } from './capability'
import { addDays, daysIn } from './dates'
import type { Evaluation, HotwashItem, PlanRow } from './evaluation'
import { rootCauseOf } from './root-cause'

const ORGANIZATION: Readonly<Record<RoleKind, string>> = {
  'school-staff': 'School staff',
  'school-admin': 'School administration',
  'school-health': 'School health services',
  'school-mental-health': 'Student support services',
  'threat-team': 'Threat assessment team',
  district: 'District office',
  'law-enforcement': 'Law enforcement partner',
  'emergency-services': 'Emergency services partner',
  'community-health': 'Community health partner',
  parent: 'Families',
  parents: 'Families',
  media: 'District communications',
  public: 'District communications',
}

export interface PlanSources {
  readonly index: ScenarioIndex
  readonly flags: readonly Flag[]
  /** Flag index -> the objective it counts toward (from the debrief's objectives). */
  readonly objectiveOfFlag: ReadonlyMap<number, Id>
  readonly hotwash: readonly HotwashItem[]
  /** The exercise date (`YYYY-MM-DD`), from which start and completion dates count. */
  readonly date: string
}

export function prefillPlan(sources: PlanSources): PlanRow[] {
  return [...flagRows(sources), ...hotwashRows(sources)]
}

/** The prefill for one evaluation: its flags tied to the debrief's objectives, its hot wash. */
export function prefillFor(
  index: ScenarioIndex,
  debrief: Debrief,
  evaluation: Evaluation,
): PlanRow[] {
  return prefillPlan({
    index,
    flags: debrief.flags,
    objectiveOfFlag: new Map(debrief.objectives.flatMap((o) => o.flags.map((f) => [f, o.id]))),
    hotwash: evaluation.hotwash,
    date: evaluation.details.date,
  })
}

/** The plan the report carries: the edited one, or the prefill while nobody has edited it. */
export function planOf(index: ScenarioIndex, debrief: Debrief, evaluation: Evaluation): PlanRow[] {
  return evaluation.plan ?? prefillFor(index, debrief, evaluation)
}

function flagRows({ index, flags, objectiveOfFlag, date }: PlanSources): PlanRow[] {
  const groups = new Map<string, { flags: Flag[]; objective: Id | undefined }>()
  flags.forEach((flag, at) => {
    const objective = objectiveOfFlag.get(at)
    const key = `${flag.rule}|${objective ?? ''}|${flag.role ?? ''}`
    const group = groups.get(key) ?? { flags: [], objective }
    group.flags.push(flag)
    groups.set(key, group)
  })
  return [...groups.values()].flatMap((group, at) => {
    const { improvements, plan } = buildImprovements(index, group.flags)
    const item = plan[0]
    const first = group.flags[0]
    if (item === undefined || first === undefined) return []
    const owner = index.roles.get(item.owner)
    const days = daysIn(item.by)
    const row: PlanRow = {
      id: `flag-${at + 1}`,
      issue: improvements[0]?.text ?? first.explanation,
      action: item.action,
      capability: capabilityFor(index, group.objective),
      rootCause: rootCauseOf(first.rule),
      organization: owner === undefined ? '' : ORGANIZATION[owner.kind],
      contact: owner?.title ?? '',
      start: date,
      completion: date === '' || days === undefined ? '' : addDays(date, days),
    }
    return [group.objective === undefined ? row : { ...row, objective: group.objective }]
  })
}

function hotwashRows({ index, hotwash, date }: PlanSources): PlanRow[] {
  return hotwash
    .filter((item) => item.kind === 'improvement')
    .map((item) => {
      const row: PlanRow = {
        id: `hotwash-${item.id}`,
        issue: item.text,
        action: '',
        capability: capabilityFor(index, item.objective),
        organization: '',
        contact: '',
        start: date,
        completion: '',
      }
      return item.objective === undefined ? row : { ...row, objective: item.objective }
    })
}

function capabilityFor(index: ScenarioIndex, objective: Id | undefined): string {
  const found = index.scenario.objectives.find((o) => o.id === objective)
  return found?.capability === undefined ? '' : capabilityLabel(found.capability)
}
