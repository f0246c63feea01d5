/** Pieces of the report shared by the Markdown and HTML renderers (and the app). */
import { capabilityName } from '../scenario/capabilities'
import type { Debrief, DebriefObjective, Rating } from './schema'

type ScoreKey = keyof Debrief['scores']

export const SCORE_ROWS: readonly (readonly [ScoreKey, string])[] = [
  ['overall', 'Overall'],
  ['accuracy', 'Accuracy'],
  ['privacy', 'Privacy'],
  ['collaboration', 'Collaboration'],
  ['timeliness', 'Timeliness'],
  ['clarity', 'Clarity'],
  ['proportion', 'Proportion'],
]

export interface TeachingPoint {
  readonly at: string
  readonly role: string
  readonly label: string
  readonly text: string
}

/** The teaching points of the options the team chose, from the timeline's decisions. */
export function teachingPoints(debrief: Debrief): TeachingPoint[] {
  return debrief.timeline.flatMap((entry) =>
    entry.kind === 'decision' && entry.debrief !== undefined
      ? [{ at: entry.at, role: entry.role, label: entry.label, text: entry.debrief }]
      : [],
  )
}

/** HSEEP's words for each rating. */
export const RATING_WORDS: Readonly<Record<Rating, string>> = {
  P: 'Performed without challenges',
  S: 'Performed with some challenges',
  M: 'Performed with major challenges',
  U: 'Unable to be performed',
}

/** "U — Unable to be performed", or "Not rated" when nothing tied to the objective applied. */
export function ratingText(rating: Rating | null): string {
  return rating === null ? 'Not rated' : `${rating} — ${RATING_WORDS[rating]}`
}

/** The objective's core capability by its HSEEP name, or '' when it names none. */
export function capabilityOf(objective: DebriefObjective): string {
  return objective.capability === undefined ? '' : capabilityName(objective.capability)
}

/** The evaluator's rating beside the suggestion, when they differ or added a note. */
export function evaluatorText(objective: DebriefObjective): string {
  const changed = objective.rating !== objective.suggested
  if (!changed && objective.note === '') return ''
  const rating = changed ? `evaluator: ${ratingText(objective.rating)}` : 'evaluator confirmed'
  return objective.note === '' ? rating : `${rating} (${objective.note})`
}
