/**
 * The step the replay benchmark measures: everything `ttx play` does with a parsed
 * scenario and log. For now the replay; scoring and the debrief join here as they land.
 */
import type { Log } from '../engine/exercise/log'
import { replay } from '../engine/exercise/replay'
import type { Replay } from '../engine/exercise/replay-types'
import type { Scenario } from '../engine/scenario/schema'

export interface PipelineResult {
  readonly replay: Replay
}

export function runPipeline(scenario: Scenario, log: Log): PipelineResult {
  const result = replay(scenario, log)
  // A generated log is valid by construction: an error here is a bug, not a slow path.
  if (!result.ok) throw new Error(`generated log rejected: ${result.error.message}`)
  return { replay: result.replay }
}
