/**
 * The controllers' and evaluators' documents, read back: the MSEL as XLSX (exceljs) and CSV,
 * one row per inject with its expected player action and objective; the Exercise Evaluation
 * Guides as DOCX, one per objective with its core capability and critical tasks.
 */
import { describe, expect, it } from 'vitest'
import {
  criticalTasks,
  eegDocument,
  MSEL_COLUMNS,
  mselRows,
  renderDocx,
  renderMselCsv,
  renderMselXlsx,
} from '../../../engine/hseep'
import { indexScenario } from '../../../engine/scenario/scenario-index'
import { docxParagraphs, fullText, headingsOf, shippedScenarios, xlsxRows } from './read-back'

const shipped = shippedScenarios()
const threatPost = shipped.find((s) => s.id === 'threat-post')
if (threatPost === undefined) throw new Error('threat-post is shipped')
const { scenario } = threatPost

describe('the MSEL', () => {
  it('reads back from XLSX with a header row and one row per inject, in order', async () => {
    const rows = mselRows(scenario)
    const sheet = await xlsxRows(await renderMselXlsx(scenario.title, rows))
    expect(sheet[0]).toEqual(MSEL_COLUMNS.map((c) => c.title))
    expect(sheet.slice(1).map((r) => r[1])).toEqual(scenario.injects.map((i) => i.at))
    expect(sheet.slice(1).map((r) => r[2]?.split(':')[0])).toEqual(
      scenario.injects.map((i) => i.title),
    )
  })

  it('names the expected player action and the objective it serves', () => {
    const rows = mselRows(scenario)
    const expectation = scenario.expectations.find(
      (e) => e.escalate !== undefined && e.objective !== undefined,
    )
    if (expectation?.escalate === undefined) throw new Error('threat-post has a tied escalation')
    const fact = expectation.escalate.fact
    const at = scenario.injects.findIndex((i) =>
      Object.values(i.reveal ?? {}).some((f) => f.includes(fact)),
    )
    const objective = scenario.objectives.find((o) => o.id === expectation.objective)
    expect(rows[at]?.expected).toContain(`within ${expectation.escalate.within} minutes`)
    expect(rows[at]?.objective).toContain(objective?.text)
    // An inject only some paths reach says so, with the condition.
    const branchOnly = rows.find((r) => r.reached.startsWith('Depends on play'))
    expect(branchOnly).toBeDefined()
  })

  it('writes CSV that quotes commas, quotes and line breaks and defuses formulas', () => {
    const [row] = mselRows(scenario)
    if (row === undefined) throw new Error('a row')
    const csv = renderMselCsv([{ ...row, inject: 'a, "quoted"\nline', notes: '=HYPERLINK("x")' }])
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe(MSEL_COLUMNS.map((c) => c.title).join(','))
    expect(csv).toContain('"a, ""quoted""\nline"')
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
    expect(csv.endsWith('\r\n')).toBe(true)
  })
})

describe('the Exercise Evaluation Guides', () => {
  for (const { id, scenario: s } of shipped) {
    it(`${id}: one guide per objective, with its critical tasks and the four ratings`, async () => {
      const paragraphs = await docxParagraphs(await renderDocx(eegDocument(s, '2026-12-01')))
      expect(headingsOf(paragraphs, 1)).toEqual(
        s.objectives.map((o, at) => `Objective ${at + 1}: ${o.text}`),
      )
      expect(headingsOf(paragraphs, 2)).toEqual(
        s.objectives.flatMap(() => ['Critical tasks', 'Observations', 'Rating']),
      )
      const text = fullText(paragraphs)
      const index = indexScenario(s)
      for (const o of s.objectives)
        for (const task of criticalTasks(index, o.id)) expect(text).toContain(task)
      for (const name of [
        'Performed without challenges',
        'Performed with some challenges',
        'Performed with major challenges',
        'Unable to be performed',
      ]) {
        expect(text).toContain(name)
      }
    })
  }
})
