/**
 * The participant feedback form: HSEEP's standard questions on the exercise's design and
 * conduct, one statement per scenario objective, and its open questions (docs/hseep.md).
 */
import type { Scenario } from '../scenario/schema'

export interface FeedbackStatement {
  readonly id: string
  readonly text: string
}

/** Part II of HSEEP's form: rated from 1 (strongly disagree) to 5 (strongly agree). */
export const FEEDBACK_STATEMENTS: readonly FeedbackStatement[] = [
  { id: 'structure', text: 'The exercise was well structured and organized.' },
  { id: 'realism', text: 'The exercise scenario was plausible and realistic.' },
  {
    id: 'facilitation',
    text: 'The facilitator was knowledgeable about the area of play and kept the exercise on target.',
  },
  { id: 'documents', text: 'The exercise documents were a valuable tool throughout the exercise.' },
  { id: 'fit', text: 'Participation in the exercise was appropriate for someone in my position.' },
  {
    id: 'mix',
    text: 'The participants included the right people in terms of level and mix of disciplines.',
  },
]

/** Part I of HSEEP's form: open answers. */
export const FEEDBACK_QUESTIONS: readonly FeedbackStatement[] = [
  {
    id: 'issues',
    text: 'Based on the exercise today, list the top three issues or areas that need improvement.',
  },
  {
    id: 'unseen',
    text: 'Is there anything you saw in the exercise that the evaluators might not have been able to observe and record?',
  },
  {
    id: 'actions',
    text: 'What action steps should be taken to address the issues you listed? Say for each whether it is a high, medium or low priority.',
  },
  {
    id: 'training',
    text: 'What training or further exercises do you need to perform your role in a real incident?',
  },
  { id: 'changes', text: 'What changes would you make to improve this exercise?' },
]

/** "The exercise helped my team with: <objective>", one per objective. */
export function objectiveStatements(scenario: Scenario): FeedbackStatement[] {
  return scenario.objectives.map((o) => ({
    id: o.id,
    text: `The exercise helped my team practise this: ${o.text}`,
  }))
}

export const AGREEMENT_SCALE = [
  'Strongly disagree',
  'Disagree',
  'Neutral',
  'Agree',
  'Strongly agree',
] as const
