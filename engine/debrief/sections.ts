/** Pieces of the report shared by the Markdown and HTML renderers. */
import type { Debrief } from './schema'

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
