/**
 * The debrief's objectives as the evaluation reads them: each with its suggested rating,
 * the evaluator's rating, and the flags tied to it (docs/scoring.md, "Objective ratings").
 * Read through this schema so that a debrief written before ratings existed reads as
 * "not rated, nothing tied" rather than failing.
 */
import { z } from 'zod'
import type { Debrief } from '../debrief/schema'
import { Id } from '../scenario/schema'
import { Rating } from './ratings'

export const DebriefObjective = z.object({
  id: Id,
  text: z.string(),
  capability: z.string().optional(),
  met: z.boolean(),
  suggested: Rating.nullable().default(null),
  rating: Rating.nullable().optional(),
  note: z.string().default(''),
  flags: z.array(z.number().int().nonnegative()).default([]),
})
export type DebriefObjective = z.infer<typeof DebriefObjective>

export function debriefObjectives(debrief: Debrief): DebriefObjective[] {
  return z.array(DebriefObjective).parse(debrief.objectives)
}
