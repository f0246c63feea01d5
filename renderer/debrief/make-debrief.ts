/**
 * The debrief of a finished session, built by the engine exactly as `ttx play` builds it:
 * replay the log, score it against the policy, assemble the after-action report.
 */
import { buildDebrief } from '../../engine/debrief/build'
import type { Debrief } from '../../engine/debrief/schema'
import type { Log } from '../../engine/exercise/log'
import { replay } from '../../engine/exercise/replay'
import { DEFAULT_POLICY } from '../../engine/policy'
import type { Scenario } from '../../engine/scenario/schema'
import { score } from '../../engine/scoring'

export type DebriefResult = { ok: true; debrief: Debrief } | { ok: false; error: string }

export function makeDebrief(scenario: Scenario, log: Log): DebriefResult {
  const replayed = replay(scenario, log)
  if (!replayed.ok) return { ok: false, error: replayed.error.message }
  return {
    ok: true,
    debrief: buildDebrief(replayed.replay, DEFAULT_POLICY, score(replayed.replay, DEFAULT_POLICY)),
  }
}
