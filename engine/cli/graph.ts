/**
 * `ttx graph <scenario.yaml> [--out <file>]`: the scenario's injects as a Mermaid flowchart,
 * printed or written to a file. An invalid scenario prints its problems as
 * `file:line:col: error: message` and exits 1, like `ttx validate`.
 */
import { formatDiagnostic, hasErrors } from '../scenario/diagnostic'
import { loadScenario } from '../scenario/load'
import { scenarioToMermaid } from '../scenario/mermaid-graph'
import { readTextFile, writeTextFile, type Command, type Output } from './io'

const USAGE = 'usage: ttx graph <scenario.yaml> [--out <file>]'

interface GraphArgs {
  readonly file: string
  readonly out?: string
}

// Wrapped in a promise so a missing file (a UserError) rejects instead of throwing.
export const run: Command = (args, output) => Promise.resolve().then(() => graph(args, output))

function graph(args: readonly string[], output: Output): number {
  const parsed = parseArgs(args)
  if (typeof parsed === 'string') {
    output.err(`ttx graph: ${parsed}\n${USAGE}`)
    return 2
  }
  const text = readTextFile(parsed.file)
  const { scenario, diagnostics } = loadScenario(text, parsed.file)
  // Warnings go to stderr so that stdout stays a clean Mermaid document.
  for (const diagnostic of diagnostics) output.err(formatDiagnostic(diagnostic))
  if (scenario === undefined || hasErrors(diagnostics)) return 1
  const graph = scenarioToMermaid(scenario)
  if (parsed.out === undefined) {
    output.out(graph)
  } else {
    writeTextFile(parsed.out, graph)
    output.err(`ttx graph: wrote ${parsed.out}`)
  }
  return 0
}

/** The arguments, or what is wrong with them. */
function parseArgs(args: readonly string[]): GraphArgs | string {
  const files: string[] = []
  let out: string | undefined
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? ''
    if (arg === '--out') {
      const value = args[i + 1]
      if (value === undefined || value.startsWith('-')) return '--out needs a file name'
      if (out !== undefined) return '--out given twice'
      out = value
      i += 1
    } else if (arg.startsWith('-')) {
      return `unknown option "${arg}"`
    } else {
      files.push(arg)
    }
  }
  if (files.length === 0) return 'no scenario given'
  if (files.length > 1) return 'one scenario at a time'
  const [file] = files
  if (file === undefined) return 'no scenario given'
  return out === undefined ? { file } : { file, out }
}
