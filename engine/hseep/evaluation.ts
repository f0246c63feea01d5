/**
 * The evaluation of one played exercise (`ttx-evaluation/1`, docs/hseep.md): what the
 * evaluators and the facilitator add after play — final ratings with their rationale, the
 * hot wash, the edited improvement plan, participant feedback and the exercise's details.
 * It is stored beside the session's log; the log stays the truth of what was played.
 */
import { z } from 'zod'
import { Id } from '../scenario/schema'
import { Rating } from './ratings'

export const EVALUATION_FORMAT = 'ttx-evaluation/1'

/** A calendar date, `YYYY-MM-DD`, or empty while not yet set. */
export const DateText = z.union([z.literal(''), z.iso.date()])

export const FinalRating = z.strictObject({
  objective: Id,
  rating: Rating,
  rationale: z.string(),
})
export type FinalRating = z.infer<typeof FinalRating>

export const HotwashItem = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(['strength', 'improvement']),
  text: z.string().min(1),
  objective: Id.optional(),
})
export type HotwashItem = z.infer<typeof HotwashItem>

export const ROOT_CAUSES = ['knowledge', 'plan', 'communication'] as const
export const RootCause = z.enum(ROOT_CAUSES)
export type RootCause = z.infer<typeof RootCause>

/** One row of Appendix A, the improvement plan matrix. */
export const PlanRow = z.strictObject({
  id: z.string().min(1),
  objective: Id.optional(),
  issue: z.string(),
  action: z.string(),
  capability: z.string(),
  rootCause: RootCause.optional(),
  organization: z.string(),
  contact: z.string(),
  start: DateText,
  completion: DateText,
})
export type PlanRow = z.infer<typeof PlanRow>

/** Agreement from 1 (strongly disagree) to 5 (strongly agree). */
export const Agreement = z.number().int().min(1).max(5)

export const FeedbackResponse = z.strictObject({
  id: z.string().min(1),
  /** The respondent's role at the table, if they gave it. */
  role: z.string().optional(),
  /** Question id (see `FEEDBACK_STATEMENTS`) -> agreement. */
  conduct: z.record(z.string(), Agreement),
  /** Objective id -> agreement that the exercise helped the team with it. */
  objectives: z.record(Id, Agreement),
  /** Free text, question id (see `FEEDBACK_QUESTIONS`) -> answer. */
  answers: z.record(z.string(), z.string()),
})
export type FeedbackResponse = z.infer<typeof FeedbackResponse>

export const Participant = z.strictObject({
  name: z.string(),
  organization: z.string(),
  role: z.string(),
})
export type Participant = z.infer<typeof Participant>

export const ExerciseDetails = z.strictObject({
  date: DateText,
  location: z.string(),
  sponsor: z.string(),
  contact: z.string(),
  missionAreas: z.string(),
})
export type ExerciseDetails = z.infer<typeof ExerciseDetails>

export const Evaluation = z.strictObject({
  format: z.literal(EVALUATION_FORMAT),
  scenario: Id,
  details: ExerciseDetails,
  participants: z.array(Participant),
  ratings: z.array(FinalRating),
  hotwash: z.array(HotwashItem),
  /** Absent until someone edits it: the report then prefills it (see `plan.ts`). */
  plan: z.array(PlanRow).optional(),
  feedback: z.array(FeedbackResponse),
})
export type Evaluation = z.infer<typeof Evaluation>

export function emptyEvaluation(scenario: Id, date = ''): Evaluation {
  return {
    format: EVALUATION_FORMAT,
    scenario,
    details: { date, location: '', sponsor: '', contact: '', missionAreas: 'Prevention; Response' },
    participants: [],
    ratings: [],
    hotwash: [],
    feedback: [],
  }
}
