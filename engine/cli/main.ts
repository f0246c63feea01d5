/**
 * The `ttx` command: `npm run ttx -- <command> ...`, run from the bundle scripts/build-cli.mjs
 * makes (at `npm ci`, and again whenever a source is newer), or from source with tsx.
 */
import { processOutput, UserError, type Command } from './io'

const USAGE = `usage:
  ttx validate <scenario.yaml>...
  ttx play <scenario.yaml> --log <log.json> [--policy <profile.yaml>] [--format json|md|html] [--out <file>]
  ttx graph <scenario.yaml> [--out <file>]
  ttx aar <scenario.yaml> --log <log.json> --out <file.docx|file.pdf> [--evaluation <evaluation.json>] [--policy <profile.yaml>] [--date YYYY-MM-DD]
  ttx sitman <scenario.yaml> --out <file.docx|file.pdf> [--date YYYY-MM-DD]
  ttx msel <scenario.yaml> --out <file.xlsx|file.csv>
  ttx eeg <scenario.yaml> --out <file.docx|file.pdf> [--date YYYY-MM-DD]
  ttx cohort <scenario.yaml> --log <a.json> --log <b.json> [...] --out <file.md|file.docx|file.csv> [--policy <profile.yaml>] [--date YYYY-MM-DD]
  ttx host <scenario.yaml> [--port N] [--approve] [--json] [--address IP] [--tables N] [--save FILE]`

const commands: Record<string, () => Promise<{ run: Command }>> = {
  validate: () => import('./validate'),
  play: () => import('./play'),
  graph: () => import('./graph'),
  aar: () => import('./aar'),
  sitman: () => import('./sitman'),
  msel: () => import('./msel'),
  eeg: () => import('./eeg'),
  host: () => import('./host'),
  cohort: () => import('./cohort'),
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    processOutput.out(USAGE)
    return name === undefined ? 2 : 0
  }
  const load = commands[name]
  if (load === undefined) {
    processOutput.err(`ttx: unknown command "${name}"\n${USAGE}`)
    return 2
  }
  try {
    const { run } = await load()
    return await run(args, processOutput)
  } catch (error) {
    if (error instanceof UserError) {
      processOutput.err(error.message)
      return error.exitCode
    }
    throw error
  }
}

process.exitCode = await main(process.argv.slice(2))
