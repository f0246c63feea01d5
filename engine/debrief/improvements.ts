/**
 * Areas for improvement and the improvement plan (HSEEP AAR/IP), derived from the flags:
 * one area per rule and role, citing its flags by index; one corrective action per area,
 * owned by that role, due sooner the more severe its worst flag.
 */
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { Id } from '../scenario/schema'
import { SEVERITIES, type Flag, type FlagSeverity, type Rule } from '../scoring/flag'
import { roleTitle } from '../scoring/words'
import { RULE_TITLES } from './names'

export interface Improvement {
  readonly text: string
  readonly flags: number[]
}
export interface PlanItem {
  readonly action: string
  readonly owner: Id
  readonly by: string
}

const LESSON: Readonly<Record<Rule, string>> = {
  speculation:
    'say how sure each piece of information is; keep guesses and rumours out of handoffs',
  'over-sharing':
    'share identifying or sensitive information only with the people who need it and are allowed it',
  'under-sharing':
    'pass on what others need to act; privacy law allows sharing for health and safety',
  'slow-escalation': 'escalate within the time the situation requires',
  'unclear-message': 'give every safety handoff a goal, an urgency, what is known and a clear ask',
  overreaction: 'match the response to the assessed level of the threat',
  'undocumented-disclosure':
    'record every emergency disclosure of a student record: the threat and who received it',
  'protocol-breach': 'follow the protocol the district has set for this situation',
}

/** What the team should take from a rule's flags, in a few words (also the room view's lesson). */
export function lessonOf(rule: Rule): string {
  return LESSON[rule]
}

const ACTION: Readonly<Record<Rule, string>> = {
  speculation:
    'Practise handoffs that separate what was seen from what is inferred, labelling each claim confirmed, reported or unverified.',
  'over-sharing':
    'Review the district’s information-sharing matrix (who may receive which kind of information, normally and in an emergency) and the rule of the minimum necessary.',
  'under-sharing':
    'Review what privacy law allows each role to share, in an emergency and out of one (each flag names the rule), and list who needs which information.',
  'slow-escalation':
    'Write and rehearse the chain of contact: who calls whom, within how many minutes, including 911 and community partners.',
  'unclear-message':
    'Adopt a handoff template (goal, urgency, what is known, the ask) and practise it in a drill.',
  overreaction:
    'Rehearse threat classification (transient or substantive) and the actions that fit each level.',
  'undocumented-disclosure':
    'Add a disclosure log to the emergency checklist: for each record shared under the emergency exception, the threat and the recipients (34 CFR 99.32(a)(5)).',
  'protocol-breach':
    'Walk the team through the protocol each flagged action broke (the flag names the rule and why), and rehearse the steps that replace it.',
}

const DUE: Readonly<Record<FlagSeverity, string>> = {
  critical: 'within 7 days',
  high: 'within 30 days',
  medium: 'within 60 days',
  low: 'within 90 days',
}

interface Group {
  readonly rule: Rule
  readonly role: Id | undefined
  readonly flags: number[]
  worst: FlagSeverity
}

export function buildImprovements(
  index: ScenarioIndex,
  flags: readonly Flag[],
): { improvements: Improvement[]; plan: PlanItem[] } {
  const groups = groupFlags(flags)
  const improvements = groups.map((g) => ({
    text: `${g.role === undefined ? 'The team' : roleTitle(index, g.role)}: ${LESSON[g.rule]} (${RULE_TITLES[g.rule].toLowerCase()}).`,
    flags: g.flags,
  }))
  const owner = (role: Id | undefined): Id => role ?? defaultOwner(index)
  return { improvements, plan: planOf(groups, owner) }
}

function groupFlags(flags: readonly Flag[]): Group[] {
  const groups: Group[] = []
  flags.forEach((flag, position) => {
    const group = groups.find((g) => g.rule === flag.rule && g.role === flag.role)
    if (group === undefined) {
      groups.push({ rule: flag.rule, role: flag.role, flags: [position], worst: flag.severity })
      return
    }
    group.flags.push(position)
    if (SEVERITIES.indexOf(flag.severity) > SEVERITIES.indexOf(group.worst))
      group.worst = flag.severity
  })
  return groups
}

/** Flags that name no one (an action nobody took) go to the school's administrator. */
function defaultOwner(index: ScenarioIndex): Id {
  const roles = index.scenario.roles
  const admin = roles.find((r) => r.kind === 'school-admin') ?? roles.find((r) => r.player)
  return admin?.id ?? roles[0]?.id ?? 'team'
}

/**
 * One corrective action per rule and owner. A group that names no one is owned by the
 * administrator, who may own the same rule's group already: the two share one action,
 * due by the sooner date, so a critical flag keeps its 7 days whichever group came first.
 */
function planOf(groups: readonly Group[], owner: (role: Id | undefined) => Id): PlanItem[] {
  const plan: { rule: Rule; owner: Id; worst: FlagSeverity }[] = []
  for (const g of groups) {
    const item = { rule: g.rule, owner: owner(g.role), worst: g.worst }
    const same = plan.find((p) => p.rule === item.rule && p.owner === item.owner)
    if (same === undefined) plan.push(item)
    else if (SEVERITIES.indexOf(item.worst) > SEVERITIES.indexOf(same.worst))
      same.worst = item.worst
  }
  return plan.map((p) => ({ action: ACTION[p.rule], owner: p.owner, by: DUE[p.worst] }))
}
