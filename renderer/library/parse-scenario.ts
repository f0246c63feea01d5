/**
 * Turns scenario text into a validated scenario for the app. The engine's loader does the
 * work (YAML with source positions, schema, cross-references); the UI only shows what it says.
 */
import { formatDiagnostic } from '../../engine/scenario/diagnostic'
import { loadScenario } from '../../engine/scenario/load'
import type { Scenario } from '../../engine/scenario/schema'

export interface ParsedScenario {
  readonly scenario?: Scenario
  /** The loader's errors, "file:line:col: error: message". */
  readonly problems: readonly string[]
}

export function parseScenario(text: string, file: string): ParsedScenario {
  // The browser cannot see the scenario's folder: images are checked by the CLI, not here.
  const result = loadScenario(text, file, { imageExists: () => true })
  const problems = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)
  return result.scenario ? { scenario: result.scenario, problems } : { problems }
}
