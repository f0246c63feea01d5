/**
 * The cohort report in its three forms: Markdown and Word from the same document (same
 * headings, same numbers), and CSV with one row a table. Text from the scenario or a table's
 * name is escaped for each format.
 */
import { describe, expect, it } from 'vitest'
import {
  cohortDocument,
  compareTables,
  renderCohortCsv,
  renderDocumentMarkdown,
} from '../../../engine/cohort'
import { outline } from '../../../engine/hseep'
import { renderDocx } from '../../../engine/hseep/render-docx'
import { docxParagraphs, headingsOf } from '../hseep/read-back'
import { shippedScenario, shippedTable } from './tables'

const scenario = shippedScenario('journal-disclosure')
const cohort = compareTables(scenario, [
  shippedTable(scenario, 'reference'),
  { ...shippedTable(scenario, 'promised-secrecy'), name: 'Table | 2' },
  { ...shippedTable(scenario, 'told-the-faculty'), name: '=HYPERLINK("x")' },
])
const document = cohortDocument(cohort, '2026-12-02')

describe('the cohort report', () => {
  it('has the sections a trainer reads, in order', () => {
    expect(outline(document)).toEqual([
      'Tables side by side',
      'Objective ratings',
      'Rated M or U',
      'Flags per rule',
      'Flagged most',
      'Where the paths parted',
      'The path each table took',
      'reference',
      'Table | 2',
      '=HYPERLINK("x")',
    ])
  })

  it('in Markdown: a column a table (names escaped), the scores, the ratings and the paths', () => {
    const markdown = renderDocumentMarkdown(document)
    expect(markdown.startsWith(`# Cohort report: ${scenario.title}\n\n2026-12-02 · 3 tables`)).toBe(
      true,
    )
    expect(markdown).toContain('| Score | reference | Table \\| 2 | =HYPERLINK("x") |')
    const overall = cohort.tables.map((table) => table.scores.overall).join(' | ')
    expect(markdown).toContain(`| Overall | ${overall} |`)
    expect(overall.startsWith('100 | ')).toBe(true)
    // Every objective is a row, rated per table (M where the team struggled).
    for (const objective of cohort.objectives) {
      expect(markdown).toContain(`| ${objective.ratings.join(' | ')} |`)
    }
    expect(markdown).toMatch(/at 1 of 3 tables \(Table \\\| 2: M\)/)
    expect(markdown).toContain('At “The journal entry”, 8th-grade language arts teacher')
    expect(markdown).toContain(
      'The journal entry → "Promise you won\'t tell?" → A friend is worried',
    )
  })

  it('in Word: the same headings, and the tables as Word tables', async () => {
    const paragraphs = await docxParagraphs(await renderDocx(document))
    expect(headingsOf(paragraphs, 1)).toEqual([
      'Tables side by side',
      'Objective ratings',
      'Flags per rule',
      'Where the paths parted',
      'The path each table took',
    ])
    const texts = paragraphs.map((p) => p.text)
    expect(texts).toContain('Cohort report')
    expect(texts).toContain('Table | 2')
    expect(texts.some((t) => t.startsWith('At “The screening”, School counselor'))).toBe(true)
  })

  it('in CSV: a header and one row a table, and no cell a spreadsheet would run', () => {
    const lines = renderCohortCsv(cohort).trimEnd().split('\r\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(
      /^Table,Overall,Accuracy,Privacy,Collaboration,Timeliness,Clarity,Proportion,Flags,Flags: speculation,/,
    )
    expect(lines[0]).toContain(`Rating: ${scenario.objectives[0]?.text ?? ''}`)
    expect(lines[1]).toMatch(/^reference,100,100,100,100,100,100,100,0,0,/)
    expect(lines[3]?.startsWith(`"'=HYPERLINK(""x"")",`)).toBe(true)
  })
})
