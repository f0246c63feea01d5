/**
 * `ttx play <scenario.yaml> --log <log.json> [--format json|md|html] [--out file]`:
 * replays the log against the scenario, scores it and writes the debrief. Every user mistake (a
 * missing file, a malformed or invalid log, a broken rule) is one line naming the file.
 */
import { parseArgs } from 'node:util'
import { formatDiagnostic } from '../scenario/diagnostic'
import { loadScenario } from '../scenario/load'
import type { Scenario } from '../scenario/schema'
import type { Log } from '../exercise/log'
import { parseLog } from '../exercise/parse-log'
import { replay } from '../exercise/replay'
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../policy'
import { readTextFile, UserError, writeTextFile, type Command } from './io'
import { PLAY_FORMATS, renderPlayOutput, type PlayFormat } from './play-output'

const USAGE =
  'usage: ttx play <scenario.yaml> --log <log.json> [--policy <profile.yaml>] [--format json|md|html] [--out <file>]'

interface PlayArgs {
  readonly scenario: string
  readonly log: string
  readonly policy?: string
  readonly format: PlayFormat
  readonly out?: string
}

export const run: Command = (args, output) => {
  const options = playArgs(args)
  const scenario = scenarioFrom(options.scenario)
  const log = logFrom(options.log)
  const policy = policyFrom(options.policy)
  if (log.policy !== policy.name) {
    output.err(
      `note: ${options.log} was played under policy "${log.policy}"; scoring under "${policy.name}"` +
        (options.policy === undefined ? ' (pass --policy <profile.yaml> to use another)' : ''),
    )
  }
  const result = replay(scenario, log)
  if (!result.ok) throw new UserError(`${options.log}: ${result.error.message}`)
  const text = renderPlayOutput(result.replay, policy, options.format)
  if (options.out === undefined) output.out(text)
  else writeTextFile(options.out, text)
  return Promise.resolve(0)
}

function playArgs(args: readonly string[]): PlayArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        log: { type: 'string' },
        policy: { type: 'string' },
        format: { type: 'string', default: 'md' },
        out: { type: 'string' },
      },
    })
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error)
    throw new UserError(`ttx play: ${problem}\n${USAGE}`, 2)
  }
  const { values, positionals } = parsed
  const [scenario, ...extra] = positionals
  if (scenario === undefined) throw new UserError(`ttx play: no scenario given\n${USAGE}`, 2)
  if (extra.length > 0)
    throw new UserError(
      `ttx play: one scenario at a time (also got ${extra.join(', ')})\n${USAGE}`,
      2,
    )
  if (values.log === undefined)
    throw new UserError(`ttx play: --log <log.json> is required\n${USAGE}`, 2)
  const format = PLAY_FORMATS.find((known) => known === values.format)
  if (format === undefined) {
    throw new UserError(
      `ttx play: --format must be json, md or html, not "${values.format}"\n${USAGE}`,
      2,
    )
  }
  return { scenario, log: values.log, format, policy: values.policy, out: values.out }
}

function scenarioFrom(file: string): Scenario {
  const { scenario, diagnostics } = loadScenario(readTextFile(file), file)
  if (scenario !== undefined) return scenario
  const errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)
  throw new UserError(errors.join('\n'))
}

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
