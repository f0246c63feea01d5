/**
 * The participant feedback, summarized for the AAR: how many answered, the mean agreement
 * with each statement and each objective, and the open answers grouped by question.
 */
import type { Scenario } from '../scenario/schema'
import type { FeedbackResponse } from './evaluation'
import { FEEDBACK_QUESTIONS, FEEDBACK_STATEMENTS, objectiveStatements } from './feedback-form'

export interface AgreementLine {
  readonly text: string
  /** Mean of the answers, one decimal; undefined when nobody answered it. */
  readonly mean: number | undefined
  readonly answers: number
}

export interface FeedbackSummary {
  readonly responses: number
  readonly conduct: readonly AgreementLine[]
  readonly objectives: readonly AgreementLine[]
  readonly answers: readonly { readonly question: string; readonly answers: readonly string[] }[]
}

export function summarizeFeedback(
  scenario: Scenario,
  responses: readonly FeedbackResponse[],
): FeedbackSummary {
  const line = (text: string, values: readonly (number | undefined)[]): AgreementLine => {
    const given = values.filter((v): v is number => v !== undefined)
    const mean =
      given.length === 0
        ? undefined
        : Math.round((given.reduce((a, b) => a + b, 0) / given.length) * 10) / 10
    return { text, mean, answers: given.length }
  }
  return {
    responses: responses.length,
    conduct: FEEDBACK_STATEMENTS.map((s) =>
      line(
        s.text,
        responses.map((r) => r.conduct[s.id]),
      ),
    ),
    objectives: objectiveStatements(scenario).map((s) =>
      line(
        s.text,
        responses.map((r) => r.objectives[s.id]),
      ),
    ),
    answers: FEEDBACK_QUESTIONS.map((q) => ({
      question: q.text,
      answers: responses.flatMap((r) => {
        const answer = r.answers[q.id]?.trim() ?? ''
        return answer === '' ? [] : [answer]
      }),
    })),
  }
}
