/**
 * A problem found in a file, located like a compiler error so editors and terminals can
 * jump to it. Shared by the scenario validator, the policy loader and the studio.
 */

export type Severity = 'error' | 'warning'

export interface Diagnostic {
  readonly file: string
  /** 1-based line. */
  readonly line: number
  /** 1-based column. */
  readonly col: number
  readonly severity: Severity
  readonly message: string
}

/** `file:line:col: error: message`, the shape tsc and eslint print. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`
}

/** Orders by position, errors before warnings at the same place. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.col - b.col ||
    (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)
  )
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}
