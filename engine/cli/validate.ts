/**
 * `ttx validate <scenario.yaml>...`: checks each scenario and prints every problem as
 * `file:line:col: error: message` (the shape editors and CI understand), then a summary.
 * Exit 0 when every file is valid (warnings allowed), 1 when any is not, 2 for a wrong
 * command line (no file, an option).
 */
import { existsSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { formatDiagnostic, hasErrors, type Diagnostic } from '../scenario/diagnostic'
import { loadScenario } from '../scenario/load'
import { readCommandLine } from './command-line'
import { readTextFile, UserError, type Command, type Output } from './io'

const USAGE = 'usage: ttx validate <scenario.yaml>...'

// Wrapped in a promise so a wrong command line (a UserError) rejects instead of throwing.
export const run: Command = (args, output) =>
  Promise.resolve().then(() => {
    const { scenarios } = readCommandLine({ command: 'validate', usage: USAGE, options: {} }, args)
    const results = scenarios.map((file) => validateFile(file, output))
    output.out(summary(results))
    return results.some((r) => !r.valid) ? 1 : 0
  })

interface FileResult {
  readonly valid: boolean
  readonly errors: number
  readonly warnings: number
}

function validateFile(file: string, output: Output): FileResult {
  let text: string
  try {
    text = readTextFile(file)
  } catch (error) {
    // One unreadable file should not hide the problems of the others.
    if (!(error instanceof UserError)) throw error
    output.err(error.message)
    return { valid: false, errors: 1, warnings: 0 }
  }
  const { diagnostics } = loadScenario(text, file, { imageExists: imageChecker(file) })
  for (const diagnostic of diagnostics) output.out(formatDiagnostic(diagnostic))
  return {
    valid: !hasErrors(diagnostics),
    errors: count(diagnostics, 'error'),
    warnings: count(diagnostics, 'warning'),
  }
}

/** Images are resolved against the scenario's own folder, wherever the command runs. */
function imageChecker(file: string): (relativePath: string) => boolean {
  const folder = dirname(file)
  return (relativePath) => {
    const path = resolve(folder, relativePath)
    return existsSync(path) && statSync(path).isFile()
  }
}

function count(diagnostics: readonly Diagnostic[], severity: Diagnostic['severity']): number {
  return diagnostics.filter((d) => d.severity === severity).length
}

function summary(results: readonly FileResult[]): string {
  const invalid = results.filter((r) => !r.valid).length
  const errors = results.reduce((sum, r) => sum + r.errors, 0)
  const warnings = results.reduce((sum, r) => sum + r.warnings, 0)
  const files = plural(results.length, 'file')
  const verdict = invalid === 0 ? 'all valid' : `${invalid} invalid`
  return `${files} checked: ${verdict} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
