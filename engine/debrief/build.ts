/**
 * `buildDebrief`: the after-action report of one replayed exercise, from its scoring.
 *
 * Objectives: an objective is met when it has at least one expectation and every one of
 * them was applicable and met in time (not flagged). An objective whose expectations did
 * not apply on this path, or that has none, is not met: nothing in the log shows it.
 */
import type { Replay } from '../exercise/replay-types'
import type { Policy } from '../policy/schema'
import {
  judgeExpectations,
  type ExpectationOutcome,
  type JudgeOptions,
} from '../scoring/expectations'
import type { ScoreResult } from '../scoring/score'
import { buildFlow } from './flow'
import { buildImprovements } from './improvements'
import { DEBRIEF_FORMAT, type Debrief } from './schema'
import { buildStrengths } from './strengths'
import { buildTimeline } from './timeline'

/** The NC2S webinar's discussion questions (DOMAIN.md), asked after every exercise. */
export const WEBINAR_QUESTIONS: readonly string[] = [
  'Does your school or district have a reporting system, and what would it take to build one?',
  'Which partners do you need to share information with?',
  'How can staff become familiar with HIPAA, FERPA and the other privacy rules that come into play in an emergency?',
]

export function buildDebrief(
  replay: Replay,
  policy: Policy,
  result: ScoreResult,
  options: JudgeOptions = {},
): Debrief {
  const { scenario } = replay.index
  const outcomes = judgeExpectations(replay, options)
  const flags = [...result.flags]
  const { improvements, plan } = buildImprovements(replay.index, flags)
  return {
    format: DEBRIEF_FORMAT,
    scenario: { id: scenario.id, title: scenario.title },
    policy: policy.name,
    scores: { ...result.scores },
    flags,
    objectives: scenario.objectives.map((o) => ({
      id: o.id,
      text: o.text,
      met: objectiveMet(o.id, outcomes),
    })),
    timeline: buildTimeline(replay, outcomes),
    flow: buildFlow(replay, flags),
    strengths: buildStrengths(replay, policy, outcomes),
    improvements,
    plan,
    discussion: [...scenario.discussion, ...WEBINAR_QUESTIONS],
  }
}

export function objectiveMet(objective: string, outcomes: readonly ExpectationOutcome[]): boolean {
  const mine = outcomes.filter((o) => o.expectation.objective === objective)
  return mine.length > 0 && mine.every((o) => o.status === 'on-time')
}
