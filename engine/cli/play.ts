/**
 * `ttx play <scenario.yaml> --log <log.json> [--format json|md|html] [--out file]`:
 * replays the log against the scenario, scores it and writes the debrief. Every user mistake (a
 * missing file, a malformed or invalid log, a broken rule) is one line naming the file.
 */
import { replay } from '../exercise/replay'
import { readCommandLine } from './command-line'
import { logFrom, policyFrom, scenarioFrom } from './inputs'
import { UserError, writeTextPieces, type Command, type Output } from './io'
import {
  buildPlayDebrief,
  PLAY_FORMATS,
  playOutput,
  type PlayDebrief,
  type PlayFormat,
} from './play-output'

const USAGE =
  'usage: ttx play <scenario.yaml> --log <log.json> [--policy <profile.yaml>] [--format json|md|html] [--out <file>]'

const COMMAND_LINE = {
  command: 'play',
  usage: USAGE,
  options: {
    log: { type: 'string' },
    policy: { type: 'string' },
    format: { type: 'string', default: 'md' },
    out: { type: 'string' },
  },
} as const

interface PlayArgs {
  readonly scenario: string
  readonly log: string
  readonly policy?: string
  readonly format: PlayFormat
  readonly out?: string
}

export const run: Command = (args, output) => {
  const options = playArgs(args)
  const pieces = playOutput(debriefOf(options, output), options.format)
  if (options.out === undefined) for (const piece of pieces) output.out(piece)
  else writeTextPieces(options.out, pieces)
  return Promise.resolve(0)
}

/**
 * The debrief, built in a function of its own so that the log and its replay, the largest
 * things a long exercise holds, are freed before the debrief is rendered as text.
 */
function debriefOf(options: PlayArgs, output: Output): PlayDebrief {
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
  return buildPlayDebrief(result.replay, policy)
}

function playArgs(args: readonly string[]): PlayArgs {
  const line = readCommandLine(COMMAND_LINE, args)
  const { values } = line
  const format = PLAY_FORMATS.find((known) => known === values.format)
  if (format === undefined) {
    throw line.wrong(`--format must be json, md or html, not "${values.format}"`)
  }
  return {
    scenario: line.scenario(),
    log: line.required('log', '<log.json>'),
    format,
    policy: values.policy,
    out: values.out,
  }
}
