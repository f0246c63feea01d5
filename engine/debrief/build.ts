/**
 * `buildDebrief`: the after-action report of one replayed exercise, from its scoring:
 * objective ratings first (`objectives.ts`), then the scores, the flags and the evidence.
 */
import type { Replay } from '../exercise/replay-types'
import type { Policy } from '../policy/schema'
import { judgeExpectations, type JudgeOptions } from '../scoring/expectations'
import type { ScoreResult } from '../scoring/score'
import { buildFlow } from './flow'
import { buildImprovements } from './improvements'
import { rateObjectives, type Evaluation } from './objectives'
import { DEBRIEF_FORMAT, type Debrief } from './schema'
import { buildStrengths } from './strengths'
import { buildTimeline } from './timeline'

/** The NC2S webinar's discussion questions (DOMAIN.md), asked after every exercise. */
export const WEBINAR_QUESTIONS: readonly string[] = [
  'Does your school or district have a reporting system, and what would it take to build one?',
  'Which partners do you need to share information with?',
  'How can staff become familiar with HIPAA, FERPA and the other privacy rules that come into play in an emergency?',
]

export interface DebriefOptions extends JudgeOptions {
  /** The evaluator's ratings and notes, where they confirmed or changed a suggestion. */
  readonly evaluation?: Evaluation
}

export function buildDebrief(
  replay: Replay,
  policy: Policy,
  result: ScoreResult,
  options: DebriefOptions = {},
): Debrief {
  const { scenario } = replay.index
  const outcomes = judgeExpectations(replay, options)
  const flags = [...result.flags]
  const { improvements, plan } = buildImprovements(replay.index, flags)
  return {
    format: DEBRIEF_FORMAT,
    scenario: { id: scenario.id, title: scenario.title },
    policy: policy.name,
    objectives: rateObjectives(replay, result, outcomes, options.evaluation),
    scores: { ...result.scores },
    flags,
    timeline: buildTimeline(replay, outcomes),
    flow: buildFlow(replay, flags),
    strengths: buildStrengths(replay, policy, outcomes, result),
    improvements,
    plan,
    discussion: [...scenario.discussion, ...WEBINAR_QUESTIONS],
  }
}
