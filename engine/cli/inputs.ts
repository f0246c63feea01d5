/**
 * The files the commands read, each loaded and checked the same way everywhere: a
 * scenario, a log, a policy profile. A problem with one is a `UserError` naming the file
 * (and for YAML, every error at its `file:line:col`).
 */
import type { Log } from '../exercise/log'
import { parseLog } from '../exercise/parse-log'
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../policy'
import { formatDiagnostic } from '../scenario/diagnostic'
import { loadScenario } from '../scenario/load'
import type { Scenario } from '../scenario/schema'
import { readTextFile, UserError } from './io'

export function scenarioFrom(file: string): Scenario {
  const { scenario, diagnostics } = loadScenario(readTextFile(file), file)
  if (scenario !== undefined) return scenario
  const errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)
  throw new UserError(errors.join('\n'))
}

/** The profile in `file`, or the default one when none is given. */
export function policyFrom(file: string | undefined): Policy {
  if (file === undefined) return DEFAULT_POLICY
  const parsed = parsePolicy(readTextFile(file), file)
  if (parsed.ok) return parsed.policy
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)
  throw new UserError(errors.join('\n'))
}

export function logFrom(file: string): Log {
  const parsed = parseLog(readTextFile(file))
  if (!parsed.ok) throw new UserError(`${file}: ${parsed.message}`)
  return parsed.log
}
