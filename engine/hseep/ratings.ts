/**
 * HSEEP's four ratings of how an objective's core capability was performed (docs/hseep.md):
 * the debrief's `Rating`, with what each means for the documents' rating key. `null` is
 * "not rated": nothing in the exercise tied to the objective applied.
 */
import { RATING_WORDS, ratingText } from '../debrief/sections'
import { RATINGS, type Rating } from '../debrief/schema'

export { Rating, RATINGS } from '../debrief/schema'

/** What each rating means, as the EEG and the AAR print it. */
export const RATING_MEANINGS: Readonly<Record<Rating, string>> = {
  P: 'The critical tasks were completed in a manner that achieved the objective, without negative impact on other activities.',
  S: 'The objective was achieved, but some challenges or inefficiencies were seen; they did not endanger anyone.',
  M: 'The objective was achieved only in part, with major challenges that could endanger people or hinder other activities.',
  U: 'The critical tasks were not performed in a manner that achieved the objective.',
}

/** "S — Performed with some challenges"; "Not rated" for null. */
export const ratingLabel = ratingText

export function ratingName(rating: Rating): string {
  return RATING_WORDS[rating]
}

/** Every rating with its words, for the documents' rating key. */
export const RATING_KEY: string = RATINGS.map((r) => `${r} — ${RATING_WORDS[r]}`).join('; ')
