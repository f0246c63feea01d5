/**
 * The command line every `ttx` command reads the same way: scenario files as positionals,
 * options through node's `parseArgs`, and one shape for every mistake in it: a first line
 * `ttx <command>: <what is wrong>; <what to do>`, the command's usage on the second, exit
 * code 2. node's own messages (several lines, advice about `--`) never reach the user.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UserError } from './io'

export type Options = NonNullable<ParseArgsConfig['options']>
type Values<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>
>['values']

export interface CommandSpec<O extends Options> {
  /** `play`, `host`, …: the first word of every message. */
  readonly command: string
  readonly usage: string
  readonly options: O
}

/** A mistake in the command line: what is wrong, then the usage; exit code 2. */
export function usageError(spec: CommandSpec<Options>, problem: string): UserError {
  return new UserError(`ttx ${spec.command}: ${problem}\n${spec.usage}`, 2)
}

export interface CommandLine<O extends Options> {
  readonly values: Values<O>
  /** The scenario files given, at least one. */
  readonly scenarios: readonly [string, ...string[]]
  /** The one scenario given; a usage error when there are several. */
  scenario(): string
  /** The value of a string option the command cannot do without. */
  required(option: keyof O & string, placeholder: string): string
  /** A usage error for this command, for a value the command itself refuses. */
  wrong(problem: string): UserError
}

export function readCommandLine<const O extends Options>(
  spec: CommandSpec<O>,
  args: readonly string[],
): CommandLine<O> {
  const wrong = (problem: string): UserError => usageError(spec, problem)
  let parsed
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: spec.options })
  } catch (error) {
    throw wrong(argumentProblem(error, spec.options))
  }
  const [first, ...rest] = parsed.positionals
  if (first === undefined) throw wrong('no scenario given; name a scenario file (.yaml)')
  const values = parsed.values
  return {
    values,
    scenarios: [first, ...rest],
    scenario() {
      if (rest.length > 0) {
        throw wrong(`one scenario at a time (also got ${rest.join(', ')}); run once for each`)
      }
      return first
    },
    required(option, placeholder) {
      const value: unknown = (values as Record<string, unknown>)[option]
      if (typeof value !== 'string') throw wrong(`--${option} ${placeholder} is required`)
      return value
    },
    wrong,
  }
}

/** One line for what `parseArgs` refused, naming the options there are. */
function argumentProblem(error: unknown, options: Options): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  const message = error instanceof Error ? error.message : String(error)
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? 'an option'
  const known = Object.keys(options).map((name) => `--${name}`)
  const choices = known.length === 0 ? 'it takes no options' : `its options are ${known.join(', ')}`
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option "${option}"; ${choices}`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return message.includes('does not take')
      ? `${option} takes no value; write it alone`
      : `${option} needs a value; write it after ${option}`
  }
  return message.split('\n')[0] ?? message
}
