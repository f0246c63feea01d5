/**
 * One participant's feedback form as it is typed into the app (docs/hseep.md): a draft that
 * becomes a `FeedbackResponse` when added. Blank answers are left out, so the summary's
 * counts are of what people actually said; a form with nothing in it is refused.
 */
import { FeedbackResponse } from './evaluation'

export interface FeedbackDraft {
  readonly role: string
  /** Statement id (`FEEDBACK_STATEMENTS`) -> agreement 1–5. */
  readonly conduct: Readonly<Record<string, number>>
  /** Objective id -> agreement 1–5. */
  readonly objectives: Readonly<Record<string, number>>
  /** Question id (`FEEDBACK_QUESTIONS`) -> answer. */
  readonly answers: Readonly<Record<string, string>>
}

export const EMPTY_DRAFT: FeedbackDraft = { role: '', conduct: {}, objectives: {}, answers: {} }

export type DraftResult =
  | { readonly ok: true; readonly response: FeedbackResponse }
  | { readonly ok: false; readonly problem: string }

export function responseFromDraft(draft: FeedbackDraft, id: string): DraftResult {
  const role = draft.role.trim()
  const answers = Object.fromEntries(
    Object.entries(draft.answers).flatMap(([question, text]) =>
      text.trim() === '' ? [] : [[question, text.trim()]],
    ),
  )
  const answered =
    Object.keys(draft.conduct).length +
    Object.keys(draft.objectives).length +
    Object.keys(answers).length
  if (answered === 0) {
    return {
      ok: false,
      problem:
        'This form is empty: mark at least one statement or answer one question before adding it.',
    }
  }
  const parsed = FeedbackResponse.safeParse({
    id,
    ...(role === '' ? {} : { role }),
    conduct: draft.conduct,
    objectives: draft.objectives,
    answers,
  })
  if (!parsed.success) {
    return { ok: false, problem: 'Each agreement must be a whole number from 1 to 5.' }
  }
  return { ok: true, response: parsed.data }
}
