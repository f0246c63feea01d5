/** `ttx play`: output formats, and one clear message for every kind of user mistake. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UserError, type Output } from '../../../engine/cli/io'
import { run } from '../../../engine/cli/play'
import { Debrief } from '../../../engine/debrief'

const fixtures = join(import.meta.dirname, '../../fixtures')
const scenario = join(fixtures, 'locker-note.yaml')
const goodLog = join(fixtures, 'locker-note.log.json')
const badLog = (name: string) => join(fixtures, 'logs', `${name}.log.json`)

async function play(...args: string[]): Promise<{ code: number; out: string }> {
  let out = ''
  const output: Output = { out: (text) => (out += text), err: (text) => (out += text) }
  const code = await run(args, output)
  return { code, out }
}

/** The one-line message and exit code of a user mistake. */
async function mistake(...args: string[]): Promise<{ message: string; exitCode: number }> {
  try {
    await play(...args)
  } catch (error) {
    if (error instanceof UserError) return { message: error.message, exitCode: error.exitCode }
    throw error
  }
  throw new Error('expected a user mistake')
}

function tempFile(name: string, text?: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ttx-play-')), name)
  if (text !== undefined) writeFileSync(path, text)
  return path
}

describe('ttx play', () => {
  it('prints the debrief as Markdown by default', async () => {
    const { code, out } = await play(scenario, '--log', goodLog)
    expect(code).toBe(0)
    expect(out).toContain('# After-action report: A note found in a locker')
    expect(out).toContain('| 07:50 | Inject: The team meets (threat 2, credible) |')
    expect(out).toContain('```mermaid\nsequenceDiagram')
  })

  it('writes the debrief JSON to --out, with its flags and scores', async () => {
    const out = tempFile('debrief.json')
    expect((await play(scenario, '--log', goodLog, '--format', 'json', '--out', out)).code).toBe(0)
    const written = Debrief.parse(JSON.parse(readFileSync(out, 'utf8')))
    expect(written.flags.map((f) => [f.rule, f.severity, f.role, f.event])).toEqual([
      ['speculation', 'medium', 'principal', 2],
    ])
    expect(written.scores.accuracy).toBe(90)
    expect(written.scores.overall).toBe(98)
  })

  it('escapes HTML', async () => {
    const { out } = await play(scenario, '--log', goodLog, '--format', 'html')
    expect(out).toContain('It has to be K., he&#39;s been off all month')
    expect(out).not.toContain("he's been off all month")
  })

  it('scores under a custom policy profile and refuses a broken one at its line', async () => {
    const log = join(fixtures, 'locker-note.counseling-share.log.json')
    const strict = join(fixtures, 'strict-policy.yaml')
    const privacyFlags = async (...policy: string[]) => {
      const { out } = await play(scenario, '--log', log, '--format', 'json', ...policy)
      const debrief = Debrief.parse(JSON.parse(out.slice(out.indexOf('{'))))
      return {
        policy: debrief.policy,
        flags: debrief.flags.filter((f) => f.rule === 'over-sharing'),
      }
    }
    expect(await privacyFlags()).toEqual({ policy: 'default', flags: [] })
    const underStrict = await privacyFlags('--policy', strict)
    expect(underStrict.policy).toBe('strict')
    expect(underStrict.flags.map((f) => [f.event, f.fact, f.to])).toEqual([
      [1, 'counseling-history', ['principal']],
    ])
    const broken = tempFile(
      'broken.yaml',
      'name: broken\nsensitivities:\n  health: { allowed: [janitor] }\n',
    )
    expect((await mistake(scenario, '--log', goodLog, '--policy', broken)).message).toMatch(
      new RegExp(`^${broken}:3:`),
    )
  })

  it('names the log file and the broken rule', async () => {
    expect(await mistake(scenario, '--log', badLog('time-backwards'))).toEqual({
      message: `${badLog('time-backwards')}: event 3: 07:37 is earlier than the clock (07:38); time never runs backwards`,
      exitCode: 1,
    })
  })

  it('names the JSON path of a field that breaks the log format', async () => {
    const log = tempFile(
      'bad.json',
      JSON.stringify({
        format: 'ttx-log/1',
        scenario: 'locker-note',
        events: [{ type: 'note', t: '7:45', text: 'x' }],
      }),
    )
    expect((await mistake(scenario, '--log', log)).message).toBe(
      `${log}: events[0].t: must be a 24-hour clock time "HH:MM", such as "07:30"`,
    )
  })

  it('places malformed JSON at its line and column', async () => {
    const log = tempFile('broken.json', '{\n  "format": "ttx-log/1",\n  "events": [}')
    expect((await mistake(scenario, '--log', log)).message).toBe(
      `${log}: 3:14: malformed JSON: Unexpected token '}'`,
    )
  })

  it('refuses a missing file, a wrong format and a missing --log', async () => {
    expect(await mistake(scenario, '--log', 'missing.json')).toEqual({
      message: 'missing.json: file not found',
      exitCode: 1,
    })
    expect((await mistake(scenario, '--log', goodLog, '--format', 'pdf')).exitCode).toBe(2)
    expect((await mistake(scenario)).message).toMatch(/^ttx play: --log <log.json> is required/)
  })

  it('prints the scenario diagnostics when the scenario is invalid', async () => {
    const { message } = await mistake(goodLog, '--log', goodLog)
    // A log given as the scenario is named for what it is, at its first line.
    expect(message).toContain(
      `${goodLog}:1:1: error: this is not a scenario file: it is an exercise log ("format: ttx-log/1")`,
    )
  })
})
