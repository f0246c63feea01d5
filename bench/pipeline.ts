/**
 * The step the replay benchmark measures: everything `ttx play` does with a parsed
 * scenario and log, short of rendering text: replay, then score under the default profile.
 */
import type { Log } from '../engine/exercise/log'
import { replay } from '../engine/exercise/replay'
import type { Replay } from '../engine/exercise/replay-types'
import { DEFAULT_POLICY } from '../engine/policy'
import type { Scenario } from '../engine/scenario/schema'
import { score, type ScoreResult } from '../engine/scoring'

export interface PipelineResult {
  readonly replay: Replay
  readonly scored: ScoreResult
}

export function runPipeline(scenario: Scenario, log: Log): PipelineResult {
  const result = replay(scenario, log)
  // A generated log is valid by construction: an error here is a bug, not a slow path.
  if (!result.ok) throw new Error(`generated log rejected: ${result.error.message}`)
  return { replay: result.replay, scored: score(result.replay, DEFAULT_POLICY) }
}
