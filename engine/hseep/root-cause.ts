/**
 * The root-cause tag of an area for improvement (docs/hseep.md): was it a gap in what people
 * know (the law, the signs), in the plan (who calls whom, the protocol), or in how they
 * communicated (labels, complete messages)? A default per flag rule; the evaluator may
 * change it in the improvement plan.
 */
import type { RootCause } from './evaluation'

const BY_RULE: Readonly<Record<string, RootCause>> = {
  speculation: 'communication',
  'unclear-message': 'communication',
  'over-sharing': 'knowledge',
  'under-sharing': 'knowledge',
  'slow-escalation': 'plan',
  overreaction: 'plan',
  'undocumented-disclosure': 'plan',
  'protocol-breach': 'plan',
}

const HEADLINE: Readonly<Record<string, string>> = {
  speculation: 'A guess passed on as information',
  'unclear-message': 'A handoff without its goal, urgency, facts or ask',
  'over-sharing': 'Information shared beyond those allowed it',
  'under-sharing': 'Information withheld from someone who needed it',
  'slow-escalation': 'Escalation slower than the situation required',
  overreaction: 'A response out of proportion to the assessed threat',
  'undocumented-disclosure': 'A disclosure made without a record of it',
  'protocol-breach': 'An action the protocol forbids',
}

const MEANING: Readonly<Record<RootCause, string>> = {
  knowledge: 'a gap in what staff know (the law, the signs, who may receive what)',
  plan: 'a gap in the plan or protocol (who does what, and how fast)',
  communication: 'a gap in how information was passed on (labels, complete messages)',
}

export function rootCauseOf(rule: string): RootCause {
  return BY_RULE[rule] ?? 'plan'
}

export function ruleHeadline(rule: string): string {
  return HEADLINE[rule] ?? rule
}

export function rootCauseMeaning(cause: RootCause): string {
  return MEANING[cause]
}
