/**
 * Objective ratings (HSEEP's P/S/M/U; docs/scoring.md, "Objective ratings"). A flag counts
 * toward an objective through its expectation, or through a fact it concerns that names
 * the objective. Per objective:
 *
 * - nothing tied applies (no tied flag, no tied expectation whose clock started or whose
 *   `avoid` window opened, no tied fact anyone learned) → not rated (`null`), never "not met";
 * - any critical flag, or a tied expectation never met → U (unable to be performed);
 * - any high flag → M (major challenges);
 * - only low or medium flags → S (some challenges);
 * - otherwise → P (performed without challenges).
 *
 * The rating is a suggestion: the evaluator may confirm or change it, with a note, and the
 * report shows both.
 */
import type { Replay } from '../exercise/replay-types'
import type { ExpectationOutcome } from '../scoring/expectations'
import type { ScoreResult } from '../scoring/score'
import type { Expectation, Objective } from '../scenario/schema'
import type { DebriefObjective, Rating } from './schema'

/** What the evaluator decided for one objective. */
export interface EvaluatorRating {
  readonly rating: Rating | null
  readonly note: string
}

/** Objective id -> the evaluator's rating, for the objectives they changed or annotated. */
export type Evaluation = Readonly<Record<string, EvaluatorRating | undefined>>

export function rateObjectives(
  replay: Replay,
  result: ScoreResult,
  outcomes: readonly ExpectationOutcome[],
  evaluation: Evaluation = {},
): DebriefObjective[] {
  return replay.index.scenario.objectives.map((objective) => {
    const flags = tiedFlags(replay, result, objective)
    const suggested = suggest(replay, result, objective, flags, outcomes)
    const evaluator = evaluation[objective.id]
    const rating = evaluator === undefined ? suggested : evaluator.rating
    return {
      id: objective.id,
      text: objective.text,
      ...(objective.capability === undefined ? {} : { capability: objective.capability }),
      met: rating === 'P' || rating === 'S',
      suggested,
      rating,
      note: evaluator?.note ?? '',
      flags,
    }
  })
}

/** Positions in `result.flags` of the flags that count toward the objective. */
function tiedFlags(replay: Replay, result: ScoreResult, objective: Objective): number[] {
  const { index } = replay
  const expectationOf = new Map(index.scenario.expectations.map((e) => [e.id, e.objective]))
  const tied: number[] = []
  result.ties.forEach((tie, position) => {
    const byExpectation =
      tie.expectation !== undefined && expectationOf.get(tie.expectation) === objective.id
    const byFact = tie.facts.some((fact) => index.facts.get(fact)?.objective === objective.id)
    if (byExpectation || byFact) tied.push(position)
  })
  return tied
}

function suggest(
  replay: Replay,
  result: ScoreResult,
  objective: Objective,
  flags: readonly number[],
  outcomes: readonly ExpectationOutcome[],
): Rating | null {
  const mine = outcomes.filter((o) => o.expectation.objective === objective.id)
  const applies =
    flags.length > 0 ||
    mine.some((o) => o.status !== 'not-applicable') ||
    mine.some((o) => avoidWindowOpened(replay, o.expectation)) ||
    tiedFactLearned(replay, objective)
  if (!applies) return null
  const severities = new Set(flags.map((position) => result.flags[position]?.severity))
  if (severities.has('critical') || mine.some((o) => o.status === 'missed')) return 'U'
  if (severities.has('high')) return 'M'
  if (severities.size > 0) return 'S'
  return 'P'
}

/**
 * An `avoid` expectation applies once play reaches its `from` inject (or from the start):
 * respected, it counts as met; broken, its protocol-breach flag decides the rating.
 */
function avoidWindowOpened(replay: Replay, expectation: Expectation): boolean {
  if (expectation.avoid === undefined) return false
  const { from } = expectation
  return from === undefined || replay.injects.some((entry) => entry.inject === from)
}

function tiedFactLearned(replay: Replay, objective: Objective): boolean {
  return replay.index.scenario.facts.some(
    (fact) => fact.objective === objective.id && replay.learnings.some((l) => l.fact === fact.id),
  )
}
