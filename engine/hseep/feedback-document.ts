/**
 * The participant feedback form as a printable document (HSEEP, docs/hseep.md): the
 * respondent's role, the objectives and HSEEP's statements to rate from 1 to 5, then the
 * open questions with room to write.
 */
import type { Scenario } from '../scenario/schema'
import { fields, heading, quiet, type Block, type HseepDocument } from './document'
import {
  AGREEMENT_SCALE,
  FEEDBACK_QUESTIONS,
  FEEDBACK_STATEMENTS,
  objectiveStatements,
  type FeedbackStatement,
} from './feedback-form'

export function feedbackFormDocument(scenario: Scenario, date = ''): HseepDocument {
  const scale = AGREEMENT_SCALE.map((words, at) => `${at + 1} ${words}`).join(' · ')
  const rate = (statements: readonly FeedbackStatement[]): Block => ({
    kind: 'table',
    columns: [
      { title: 'Statement', width: 75 },
      { title: 'Your rating (1–5)', width: 25 },
    ],
    rows: statements.map((s) => [s.text, '1   2   3   4   5']),
  })
  return {
    title: 'Participant Feedback Form',
    exercise: scenario.title,
    subtitle: date === '' ? 'Tabletop exercise' : `Tabletop exercise — ${date}`,
    footer: 'Participant Feedback Form',
    blocks: [
      fields([
        ['Your role in the exercise', ''],
        ['Your organization (optional)', ''],
      ]),
      heading(1, 'Part I: The Objectives'),
      quiet(`Circle one: ${scale}.`),
      rate(objectiveStatements(scenario)),
      heading(1, 'Part II: Exercise Design and Conduct'),
      quiet(`Circle one: ${scale}.`),
      rate(FEEDBACK_STATEMENTS),
      heading(1, 'Part III: Recommendations and Action Steps'),
      ...FEEDBACK_QUESTIONS.flatMap((q): Block[] => [
        heading(3, q.text),
        { kind: 'lines', count: 3 },
      ]),
    ],
  }
}
