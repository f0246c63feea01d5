/**
 * `ttx graph <scenario.yaml> [--out <file>]`: the scenario's injects as a Mermaid flowchart,
 * printed or written to a file. An invalid scenario prints its problems as
 * `file:line:col: error: message` and exits 1, like `ttx validate`.
 */
import { formatDiagnostic, hasErrors } from '../scenario/diagnostic'
import { loadScenario } from '../scenario/load'
import { scenarioToMermaid } from '../scenario/mermaid-graph'
import { readCommandLine } from './command-line'
import { readTextFile, writeTextFile, type Command, type Output } from './io'

const USAGE = 'usage: ttx graph <scenario.yaml> [--out <file>]'

const COMMAND_LINE = {
  command: 'graph',
  usage: USAGE,
  options: { out: { type: 'string' } },
} as const

// Wrapped in a promise so a missing file (a UserError) rejects instead of throwing.
export const run: Command = (args, output) => Promise.resolve().then(() => graph(args, output))

function graph(args: readonly string[], output: Output): number {
  const line = readCommandLine(COMMAND_LINE, args)
  const file = line.scenario()
  const { out } = line.values
  const { scenario, diagnostics } = loadScenario(readTextFile(file), file)
  // Warnings go to stderr so that stdout stays a clean Mermaid document.
  for (const diagnostic of diagnostics) output.err(formatDiagnostic(diagnostic))
  if (scenario === undefined || hasErrors(diagnostics)) return 1
  const graph = scenarioToMermaid(scenario)
  if (out === undefined) {
    output.out(graph)
  } else {
    writeTextFile(out, graph)
    output.err(`ttx graph: wrote ${out}`)
  }
  return 0
}
