/**
 * `ttx aar | sitman | msel | eeg`: each writes its file, and every user mistake is one clear
 * line with the right exit code, never a stack trace. PDF needs LibreOffice: when `soffice`
 * is not on the PATH, the message says so and what to do.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { run as aar } from '../../../engine/cli/aar'
import { run as eeg } from '../../../engine/cli/eeg'
import { UserError, type Command, type Output } from '../../../engine/cli/io'
import { run as msel } from '../../../engine/cli/msel'
import { run as sitman } from '../../../engine/cli/sitman'
import { emptyEvaluation } from '../../../engine/hseep'
import { docxParagraphs, headingsOf, LIBRARY } from './read-back'

const scenario = join(LIBRARY, 'threat-post', 'scenario.yaml')
const log = join(LIBRARY, 'threat-post', 'logs', 'overcorrected.json')
const out = mkdtempSync(join(tmpdir(), 'ttx-hseep-'))
const silent: Output = { out: () => undefined, err: () => undefined }

async function mistake(
  command: Command,
  ...args: string[]
): Promise<{ message: string; exitCode: number }> {
  try {
    await command(args, silent)
  } catch (error) {
    if (error instanceof UserError) return { message: error.message, exitCode: error.exitCode }
    throw error
  }
  throw new Error('expected a user mistake')
}

/** A wrong command line: exit code 2, the problem on the first line, the usage after it. */
function expectUsageMistake(found: { message: string; exitCode: number }, first: RegExp): void {
  expect(found.message.split('\n')[0]).toMatch(first)
  expect(found.message.split('\n')[1]).toMatch(/^usage: ttx /)
  expect(found.exitCode).toBe(2)
}

describe('the HSEEP document commands', () => {
  const path = process.env.PATH
  afterEach(() => {
    process.env.PATH = path
  })

  it('write the AAR, the Situation Manual and the EEG as Word files, and the MSEL as XLSX and CSV', async () => {
    const files = {
      aar: join(out, 'aar.docx'),
      sitman: join(out, 'sitman.docx'),
      eeg: join(out, 'eeg.docx'),
      xlsx: join(out, 'msel.xlsx'),
      csv: join(out, 'msel.csv'),
    }
    expect(
      await aar([scenario, '--log', log, '--out', files.aar, '--date', '2026-12-01'], silent),
    ).toBe(0)
    expect(await sitman([scenario, '--out', files.sitman], silent)).toBe(0)
    expect(await eeg([scenario, '--out', files.eeg], silent)).toBe(0)
    expect(await msel([scenario, '--out', files.xlsx], silent)).toBe(0)
    expect(await msel([scenario, '--out', files.csv], silent)).toBe(0)
    const aarHeadings = headingsOf(await docxParagraphs(readFileSync(files.aar)), 1)
    expect(aarHeadings[0]).toBe('Exercise Overview')
    expect(headingsOf(await docxParagraphs(readFileSync(files.sitman)), 1)[0]).toBe(
      'Exercise Overview',
    )
    expect(readFileSync(files.xlsx).subarray(0, 2).toString()).toBe('PK')
    expect(readFileSync(files.csv, 'utf8').startsWith('#,Time,Inject,')).toBe(true)
  })

  it('read an evaluation file, and refuse one for another scenario or a malformed one', async () => {
    const good = join(out, 'evaluation.json')
    writeFileSync(
      good,
      JSON.stringify({
        ...emptyEvaluation('threat-post', '2026-12-01'),
        ratings: [{ objective: 'chain-of-contact', rating: 'M', rationale: 'Late at night' }],
      }),
    )
    const file = join(out, 'evaluated.docx')
    expect(await aar([scenario, '--log', log, '--evaluation', good, '--out', file], silent)).toBe(0)
    const other = join(out, 'other.json')
    writeFileSync(other, JSON.stringify(emptyEvaluation('weapon-rumour')))
    expect(
      await mistake(aar, scenario, '--log', log, '--evaluation', other, '--out', file),
    ).toEqual({
      message: `${other}: this evaluation is for scenario "weapon-rumour", not "threat-post"`,
      exitCode: 1,
    })
    const bad = join(out, 'bad.json')
    writeFileSync(
      bad,
      JSON.stringify({
        ...emptyEvaluation('threat-post'),
        ratings: [{ objective: 'chain-of-contact', rating: 'X', rationale: '' }],
      }),
    )
    const { message } = await mistake(
      aar,
      scenario,
      '--log',
      log,
      '--evaluation',
      bad,
      '--out',
      file,
    )
    expect(message).toMatch(
      new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ratings\\[0\\]\\.rating: `),
    )
    expect(message.split('\n')).toHaveLength(1)
    const backwards = join(out, 'backwards.json')
    const row = {
      id: 'r1',
      issue: 'Night calls',
      action: 'Publish the night phone tree',
      capability: 'Operational Coordination',
      organization: 'District office',
      contact: 'D. Okafor',
      start: '2026-12-10',
      completion: '2026-12-01',
    }
    writeFileSync(backwards, JSON.stringify({ ...emptyEvaluation('threat-post'), plan: [row] }))
    expect(
      await mistake(aar, scenario, '--log', log, '--evaluation', backwards, '--out', file),
    ).toEqual({
      message: `${backwards}: plan row 1: The completion date (2026-12-01) is before the start date (2026-12-10): choose a completion on or after the start, or change the start first.`,
      exitCode: 1,
    })
  })

  it('say in one line what is wrong with the command line', async () => {
    expectUsageMistake(
      await mistake(msel, scenario, '--out', join(out, 'msel.docx')),
      /^ttx msel: --out must end in \.xlsx or \.csv, not "msel\.docx"$/,
    )
    expectUsageMistake(
      await mistake(sitman, scenario),
      /^ttx sitman: --out <file\.docx\|pdf> is required/,
    )
    expectUsageMistake(
      await mistake(aar, scenario, '--out', join(out, 'x.docx')),
      /^ttx aar: --log <log\.json> is required/,
    )
    expect(await mistake(eeg, join(out, 'missing.yaml'), '--out', join(out, 'x.docx'))).toEqual({
      message: `${join(out, 'missing.yaml')}: file not found`,
      exitCode: 1,
    })
    expect(
      await mistake(sitman, scenario, '--out', join(out, 'x.docx'), '--date', 'tomorrow'),
    ).toMatchObject({
      message: 'ttx sitman: --date must be a date like 2026-12-01, not "tomorrow"',
      exitCode: 2,
    })
  })

  it('say plainly that PDF needs LibreOffice when soffice is not installed, and write nothing', async () => {
    process.env.PATH = join(out, 'empty-bin')
    const pdf = join(out, 'sitman.pdf')
    const { message, exitCode } = await mistake(sitman, scenario, '--out', pdf)
    expect(message).toMatch(
      /^ttx sitman: PDF needs LibreOffice, and "soffice" is not installed here\. Write --out <file>\.docx instead/,
    )
    expect(exitCode).toBe(1)
    expect(existsSync(pdf)).toBe(false)
  })
})
