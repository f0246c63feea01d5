/**
 * A problem the semantic checks find in a parsed scenario, placed by data path. The loader
 * turns it into a located diagnostic; the checks themselves never see YAML.
 */
import type { Severity } from './diagnostic'
import type { DataPath, Target } from './yaml-source'

export interface Finding {
  readonly path: DataPath
  readonly severity: Severity
  readonly message: string
  /** Point at the field's name rather than its value (e.g. a reveal key). */
  readonly target?: Target
  /** Another place the message refers to (the first of two duplicates): its line is added. */
  readonly related?: DataPath
}

export const error = (path: DataPath, message: string, target?: Target): Finding => ({
  path,
  severity: 'error',
  message,
  target,
})

export const warning = (path: DataPath, message: string, target?: Target): Finding => ({
  path,
  severity: 'warning',
  message,
  target,
})
