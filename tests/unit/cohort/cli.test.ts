/**
 * `ttx cohort`: writes the report as Markdown, Word or CSV, and every mistake — a bad log, a
 * log of another scenario, one log only, a wrong `--out` — is one clear message naming the
 * file or the option, never a stack trace.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run as cohort } from '../../../engine/cli/cohort'
import { UserError, type Output } from '../../../engine/cli/io'
import { docxParagraphs, headingsOf } from '../hseep/read-back'
import { LIBRARY } from './tables'

const scenario = join(LIBRARY, 'lunchroom-allergy', 'scenario.yaml')
const log = (name: string) => join(LIBRARY, 'lunchroom-allergy', 'logs', `${name}.json`)
const out = mkdtempSync(join(tmpdir(), 'ttx-cohort-'))
const silent: Output = { out: () => undefined, err: () => undefined }
const twoLogs = ['--log', log('reference'), '--log', log('shouted-call')]

async function mistake(...args: string[]): Promise<{ message: string; exitCode: number }> {
  try {
    await cohort(args, silent)
  } catch (error) {
    if (error instanceof UserError) return { message: error.message, exitCode: error.exitCode }
    throw error
  }
  throw new Error('expected a user mistake')
}

describe('ttx cohort', () => {
  it('writes Markdown, Word and CSV, each table named by its log file', async () => {
    const md = join(out, 'report.md')
    const docx = join(out, 'report.docx')
    const csv = join(out, 'report.csv')
    for (const file of [md, docx, csv]) {
      expect(
        await cohort([scenario, ...twoLogs, '--out', file, '--date', '2026-12-02'], silent),
      ).toBe(0)
    }
    const markdown = readFileSync(md, 'utf8')
    expect(markdown).toContain('2026-12-02 · 2 tables')
    expect(markdown).toContain('| Score | reference | shouted-call |')
    expect(markdown).toMatch(/\| Overall \| 100 \| \d+ \|/)
    expect(markdown).toContain('At “Table 4”, Lunch supervisor')
    expect(headingsOf(await docxParagraphs(readFileSync(docx)), 1)[0]).toBe('Tables side by side')
    const rows = readFileSync(csv, 'utf8').trimEnd().split('\r\n')
    expect(rows.map((row) => row.split(',')[0])).toEqual(['Table', 'reference', 'shouted-call'])
  })

  it('names the log that does not read, and writes nothing', async () => {
    const bad = join(out, 'table-2.json')
    writeFileSync(bad, '{"format": "ttx-log/1", "events": [')
    const target = join(out, 'never.md')
    const found = await mistake(scenario, '--log', log('reference'), '--log', bad, '--out', target)
    expect(found.exitCode).toBe(1)
    expect(found.message).toMatch(new RegExp(`^${bad.replaceAll('.', '\\.')}: .*malformed JSON`))
    expect(found.message).not.toContain('\n    at ')
    expect(() => readFileSync(target)).toThrow()
  })

  it('refuses a log of another scenario, saying which and what to do', async () => {
    const other = join(LIBRARY, 'threat-post', 'logs', 'reference.json')
    const found = await mistake(
      scenario,
      '--log',
      log('reference'),
      '--log',
      other,
      '--out',
      join(out, 'x.md'),
    )
    expect(found.message).toBe(
      `${other}: this log is of scenario "threat-post", not "lunchroom-allergy"; give logs of one scenario only`,
    )
  })

  it('a wrong command line: the problem, then the usage, exit code 2', async () => {
    const cases: [string[], RegExp][] = [
      [
        [scenario, '--log', log('reference'), '--out', join(out, 'a.md')],
        /at least two tables' logs/,
      ],
      [[scenario, ...twoLogs], /--out <file\.md\|file\.docx\|file\.csv> is required/],
      [
        [scenario, ...twoLogs, '--out', join(out, 'a.pdf')],
        /--out must end in \.md, \.docx or \.csv, not "a\.pdf"/,
      ],
      [[...twoLogs, '--out', join(out, 'a.md')], /no scenario given/],
      [
        [scenario, ...twoLogs, '--out', join(out, 'a.md'), '--date', 'tomorrow'],
        /--date must be a date/,
      ],
    ]
    for (const [args, first] of cases) {
      const found = await mistake(...args)
      expect(found.message.split('\n')[0]).toMatch(first)
      if (!first.source.includes('date')) {
        expect(found.message.split('\n')[1]).toMatch(/^usage: ttx cohort /)
      }
      expect(found.exitCode).toBe(2)
    }
  })
})
