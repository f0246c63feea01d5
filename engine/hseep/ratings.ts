/**
 * HSEEP's four ratings of how an objective's core capability was performed (docs/hseep.md).
 * `null` is "not rated": nothing in the exercise tied to the objective applied.
 */
import { z } from 'zod'

export const RATINGS = ['P', 'S', 'M', 'U'] as const
export const Rating = z.enum(RATINGS)
export type Rating = z.infer<typeof Rating>

const NAMES: Readonly<Record<Rating, string>> = {
  P: 'Performed without Challenges',
  S: 'Performed with Some Challenges',
  M: 'Performed with Major Challenges',
  U: 'Unable to be Performed',
}

/** What each rating means, as the AAR's rating key prints it. */
export const RATING_MEANINGS: Readonly<Record<Rating, string>> = {
  P: 'The critical tasks were completed in a manner that achieved the objective, without negative impact on other activities.',
  S: 'The objective was achieved, but some challenges or inefficiencies were seen; they did not endanger anyone.',
  M: 'The objective was achieved only in part, with major challenges that could endanger people or hinder other activities.',
  U: 'The critical tasks were not performed in a manner that achieved the objective.',
}

/** "S — Performed with Some Challenges"; "Not rated" for null. */
export function ratingLabel(rating: Rating | null): string {
  return rating === null ? 'Not rated' : `${rating} — ${NAMES[rating]}`
}

export function ratingName(rating: Rating): string {
  return NAMES[rating]
}
