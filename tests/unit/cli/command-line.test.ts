/** The command line every `ttx` command reads: one line for what is wrong, then the usage. */
import { describe, expect, it } from 'vitest'
import { readCommandLine } from '../../../engine/cli/command-line'
import { UserError, type Command } from '../../../engine/cli/io'
import { run as host } from '../../../engine/cli/host'
import { run as play } from '../../../engine/cli/play'

const SPEC = {
  command: 'demo',
  usage: 'usage: ttx demo <scenario.yaml> --log <log.json> [--json]',
  options: { log: { type: 'string' }, json: { type: 'boolean', default: false } },
} as const

/** The message and exit code of a refused command line. */
function refusal(use: () => unknown): { lines: string[]; exitCode: number } {
  try {
    use()
  } catch (error) {
    if (error instanceof UserError) {
      return { lines: error.message.split('\n'), exitCode: error.exitCode }
    }
    throw error
  }
  throw new Error('the command line was accepted')
}

const read = (...args: string[]) => readCommandLine(SPEC, args)

describe('readCommandLine', () => {
  it('gives the scenario and the typed options of a good line', () => {
    const line = read('a.yaml', '--log', 'x.json', '--json')
    expect(line.scenario()).toBe('a.yaml')
    expect(line.required('log', '<log.json>')).toBe('x.json')
    expect(line.values.json).toBe(true)
    expect(read('a.yaml', 'b.yaml').scenarios).toEqual(['a.yaml', 'b.yaml'])
  })

  it.each([
    [['a.yaml', '--lgo', 'x.json'], 'unknown option "--lgo"; its options are --log, --json'],
    [['a.yaml', '-l'], 'unknown option "-l"; its options are --log, --json'],
    [['a.yaml', '--log'], '--log needs a value; write it after --log'],
    [['a.yaml', '--log', '--json'], '--log needs a value; write it after --log'],
    [['a.yaml', '--json=yes'], '--json takes no value; write it alone'],
    [['--json'], 'no scenario given; name a scenario file (.yaml)'],
  ])('refuses %j in one line, then the usage, with exit code 2', (args, problem) => {
    expect(refusal(() => read(...args))).toEqual({
      lines: [`ttx demo: ${problem}`, SPEC.usage],
      exitCode: 2,
    })
  })

  it('refuses a second scenario where one is expected, and a missing required option', () => {
    expect(refusal(() => read('a.yaml', 'b.yaml').scenario()).lines[0]).toBe(
      'ttx demo: one scenario at a time (also got b.yaml); run once for each',
    )
    expect(refusal(() => read('a.yaml').required('log', '<log.json>')).lines[0]).toBe(
      'ttx demo: --log <log.json> is required',
    )
  })

  it('is what the commands use: the same message from play and host', async () => {
    const output = { out: () => undefined, err: () => undefined }
    // A command may throw before its promise exists; main.ts awaits it inside its try.
    const running = (command: Command, args: string[]) => (async () => command(args, output))()
    await expect(running(play, ['a.yaml', '--lgo', 'x'])).rejects.toThrow(
      /^ttx play: unknown option "--lgo"; its options are --log, --policy, --format, --out\nusage: ttx play /,
    )
    await expect(running(host, ['a.yaml', '--port', 'eighty'])).rejects.toThrow(
      /^ttx host: --port must be a whole number from 0 to 65535, not "eighty"\nusage: ttx host /,
    )
  })
})
