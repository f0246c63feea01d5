/**
 * `ttx host <scenario.yaml> [--port N] [--approve] [--json] [--address IP] [--tables N]
 * [--save FILE]`: hosts the scenario for participants' own devices, headless (see
 * docs/room-hosting.md). Prints the join address and code (one JSON line with --json); the
 * facilitator advances from the facilitator page or by typing commands here.
 */
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { lanAddresses } from '../../electron/main/room/addresses'
import { CONSOLE_HELP, runConsoleLine } from '../../electron/main/room/console-commands'
import { hostRoom, SaveFileError, type HostedRoom } from '../../electron/main/room/host'
import type { Scenario } from '../scenario/schema'
import { readCommandLine } from './command-line'
import { scenarioFrom } from './inputs'
import { UserError, type Command, type Output } from './io'

const USAGE =
  'usage: ttx host <scenario.yaml> [--port N] [--approve] [--json] [--address IP] [--tables N] [--save FILE]'
const SITE = fileURLToPath(new URL('../../dist-web', import.meta.url))

interface HostArgs {
  readonly scenario: string
  readonly port: number
  readonly approve: boolean
  readonly json: boolean
  readonly address?: string
  readonly tables: number
  readonly save?: string
}

export const run: Command = async (args, output) => {
  const options = hostArgs(args)
  const scenario = scenarioFrom(options.scenario)
  const address = options.address ?? lanAddresses()[0]?.address ?? '127.0.0.1'
  const saves = saveFiles(options, scenario)
  let hosted: HostedRoom
  try {
    hosted = await hostRoom({
      scenario,
      saves,
      approve: options.approve,
      site: SITE,
      address,
      port: options.port,
    })
  } catch (error) {
    throw new UserError(startProblem(error, address, options.port))
  }
  announce(hosted, saves, options.json, output)
  await untilStopped(hosted, output)
  return 0
}

function announce(hosted: HostedRoom, saves: readonly string[], json: boolean, output: Output) {
  const tables = hosted.tables.map((room, at) => ({
    code: room.code,
    joinUrl: hosted.joinUrl(room),
    save: saves[at],
  }))
  if (json) {
    const first = tables[0]
    output.out(
      JSON.stringify({
        url: hosted.server.url,
        joinUrl: first?.joinUrl,
        code: first?.code,
        facilitatorUrl: hosted.facilitatorUrl,
        tables,
      }),
    )
    return
  }
  for (const table of tables) {
    output.out(`Join at ${table.joinUrl}  (code ${table.code}; saved to ${table.save ?? ''})`)
  }
  output.out(`Facilitator page (keep it private): ${hosted.facilitatorUrl}`)
  output.out(CONSOLE_HELP)
}

/** Reads commands until `stop`, Ctrl-C or SIGTERM; a closed input alone does not stop. */
function untilStopped(hosted: HostedRoom, output: Output): Promise<void> {
  return new Promise((done) => {
    const lines = createInterface({ input: process.stdin, terminal: false })
    const stop = () => {
      lines.close()
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      void hosted
        .flush()
        .then(() => hosted.server.close())
        .then(done)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
    lines.on('line', (line) => {
      if (line.trim() === 'stop') {
        stop()
        return
      }
      const answer = runConsoleLine(hosted.server.hub, line)
      if (answer !== '') output.out(answer)
    })
  })
}

const COMMAND_LINE = {
  command: 'host',
  usage: USAGE,
  options: {
    port: { type: 'string', default: '4180' },
    approve: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    address: { type: 'string' },
    tables: { type: 'string', default: '1' },
    save: { type: 'string' },
  },
} as const

function hostArgs(args: readonly string[]): HostArgs {
  const line = readCommandLine(COMMAND_LINE, args)
  const { values } = line
  const wholeNumber = (name: 'port' | 'tables', min: number, max: number): number => {
    const text = values[name]
    if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
      throw line.wrong(`--${name} must be a whole number from ${min} to ${max}, not "${text}"`)
    }
    return Number(text)
  }
  return {
    scenario: line.scenario(),
    port: wholeNumber('port', 0, 65_535),
    approve: values.approve,
    json: values.json,
    tables: wholeNumber('tables', 1, 12),
    ...(values.address === undefined ? {} : { address: values.address }),
    ...(values.save === undefined ? {} : { save: values.save }),
  }
}

/** One save file per table: the given name, numbered when there are several tables. */
function saveFiles(options: HostArgs, scenario: Scenario): string[] {
  const base = resolve(options.save ?? join(process.cwd(), `ttx-room-${scenario.id}.json`))
  if (options.tables === 1) return [base]
  return Array.from({ length: options.tables }, (_, at) =>
    base.replace(/(\.json)?$/, `-${at + 1}.json`),
  )
}

function startProblem(error: unknown, address: string, port: number): string {
  if (error instanceof SaveFileError) return error.message
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  if (code === 'EADDRINUSE') return `ttx host: port ${port} is in use; pick another with --port`
  if (code === 'EADDRNOTAVAIL') return `ttx host: ${address} is not an address of this computer`
  return `ttx host: ${error instanceof Error ? error.message : String(error)}`
}
