/**
 * A flag: one departure from good practice, with its evidence (event, time, role) and its
 * basis in DOMAIN.md. The shape is part of `ttx-debrief/1` (FORMAT.md); the key order of
 * this schema is the key order of the JSON.
 */
import { z } from 'zod'
import { Clock, Id } from '../scenario/schema'

export const RULES = [
  'speculation',
  'over-sharing',
  'under-sharing',
  'slow-escalation',
  'unclear-message',
  'overreaction',
  'undocumented-disclosure',
  'protocol-breach',
] as const
export const Rule = z.enum(RULES)
export type Rule = z.infer<typeof Rule>

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
export const FlagSeverity = z.enum(SEVERITIES)
export type FlagSeverity = z.infer<typeof FlagSeverity>

export const Flag = z.strictObject({
  rule: Rule,
  severity: FlagSeverity,
  /** Who acted; for an escalation, who first held the fact (or, for an action, who acted). */
  role: Id.optional(),
  /** Index in the log's `events` (a decide's index for its option events). */
  event: z.number().int().nonnegative().optional(),
  at: Clock,
  fact: Id.optional(),
  to: z.array(Id).optional(),
  /** Minutes beyond the allowance (slow-escalation, late). */
  delay: z.number().int().positive().optional(),
  explanation: z.string().min(1),
  basis: z.string().min(1),
})
export type Flag = z.infer<typeof Flag>

/**
 * A flag with what it is about: the expectation behind it and the facts it concerns. An
 * objective's rating counts the flags tied to it through either (docs/scoring.md,
 * "Objective ratings"); the ties are not part of the debrief's JSON.
 */
export interface Raised {
  readonly flag: Flag
  readonly expectation?: Id
  readonly facts: readonly Id[]
}

/** A flag that concerns the facts it names (or none) and no expectation. */
export function raised(
  flag: Flag,
  facts: readonly Id[] = flag.fact === undefined ? [] : [flag.fact],
): Raised {
  return { flag, facts }
}

/** Score dimensions (docs/format.md): privacy and proportion each count two rules. */
export const DIMENSION_OF: Readonly<Record<Rule, Dimension>> = {
  speculation: 'accuracy',
  'over-sharing': 'privacy',
  'under-sharing': 'collaboration',
  'slow-escalation': 'timeliness',
  'unclear-message': 'clarity',
  overreaction: 'proportion',
  'undocumented-disclosure': 'privacy',
  'protocol-breach': 'proportion',
}
export const DIMENSIONS = [
  'accuracy',
  'privacy',
  'collaboration',
  'timeliness',
  'clarity',
  'proportion',
] as const
export type Dimension = (typeof DIMENSIONS)[number]

/** What a flag costs its dimension's score (out of 100). */
export const SEVERITY_WEIGHT: Readonly<Record<FlagSeverity, number>> = {
  low: 5,
  medium: 10,
  high: 20,
  critical: 35,
}

export const Scores = z.strictObject({
  overall: z.number().int().min(0).max(100),
  accuracy: z.number().int().min(0).max(100),
  privacy: z.number().int().min(0).max(100),
  collaboration: z.number().int().min(0).max(100),
  timeliness: z.number().int().min(0).max(100),
  clarity: z.number().int().min(0).max(100),
  proportion: z.number().int().min(0).max(100),
})
export type Scores = z.infer<typeof Scores>
