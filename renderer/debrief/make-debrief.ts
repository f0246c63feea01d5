/**
 * The debrief of a finished session, built by the engine exactly as `ttx play` builds it:
 * replay the log, score it against the policy, assemble the after-action report.
 */
import { buildDebrief } from '../../engine/debrief/build'
import type { Debrief } from '../../engine/debrief/schema'
import type { Log } from '../../engine/exercise/log'
import { replay } from '../../engine/exercise/replay'
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../../engine/policy'
import { formatDiagnostic } from '../../engine/scenario/diagnostic'
import type { Scenario } from '../../engine/scenario/schema'
import { score } from '../../engine/scoring'

export type DebriefResult = { ok: true; debrief: Debrief } | { ok: false; error: string }

export function makeDebrief(scenario: Scenario, log: Log, policyText?: string): DebriefResult {
  const policy = policyOf(policyText)
  if (!policy.ok) return policy
  const replayed = replay(scenario, log)
  if (!replayed.ok) return { ok: false, error: replayed.error.message }
  return {
    ok: true,
    debrief: buildDebrief(replayed.replay, policy.policy, score(replayed.replay, policy.policy)),
  }
}

/** The session's custom profile (checked when it was chosen at setup), or the default. */
function policyOf(
  text: string | undefined,
): { ok: true; policy: Policy } | { ok: false; error: string } {
  if (text === undefined) return { ok: true, policy: DEFAULT_POLICY }
  const parsed = parsePolicy(text, 'policy profile')
  if (parsed.ok) return { ok: true, policy: parsed.policy }
  return { ok: false, error: parsed.diagnostics.map(formatDiagnostic).join('\n') }
}
