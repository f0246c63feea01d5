/**
 * HSEEP in the app (docs/hseep.md): an evaluator types an observation in the run console
 * (O focuses, Alt+1 ties it to the first objective, Enter adds), it lands in the log as an
 * `observe` event, the evaluator sets a final rating and types the hot wash (Enter adds,
 * Alt+↑ reorders), and the MSEL (CSV) and the AAR/IP (Word) downloads are read back.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ElectronApplication, Locator } from '@playwright/test'
import JSZip from 'jszip'
import { docxParagraphs, fullText, xlsxRows } from '../unit/hseep/read-back'
import { test, expect, exported, type Page } from './fixtures'
import { expectAccessible, screenshotBoth, VIEWPORTS } from './helpers'
import { advance, decide, playToDebrief, SCENARIO, startScenario } from './steps'

test('observations during play, HSEEP documents after it', async ({ page, desktop }) => {
  await startScenario(page)
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press('o')
  const box = page.getByLabel(/^What was seen/)
  await expect(box).toBeFocused()
  await box.fill('The coach hesitated before calling anyone')
  await box.press('Alt+Digit1')
  await expect(page.getByLabel(/^Objective/)).toHaveValue('chain-of-contact')
  await page.getByLabel('Evaluator', { exact: true }).fill('Evaluator Ruiz')
  await box.press('Enter')
  await expect(page.getByText('1 added this session.')).toBeVisible()
  await expect(box).toHaveValue('')
  await screenshotBoth(page, 'hseep-observation-panel', false)

  await decide(page, 'Call the principal and text the screenshot to the principal and the SRO now')
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await advance(page, "The principal's phone rings")
  await playToDebrief(page)
  const log = JSON.parse(
    await exported(page, desktop, () => page.getByRole('button', { name: 'The log' }).click()),
  ) as { events: { type: string; text?: string; objective?: string; by?: string }[] }
  expect(log.events.filter((e) => e.type === 'observe')).toEqual([
    expect.objectContaining({
      text: 'The coach hesitated before calling anyone',
      objective: 'chain-of-contact',
      by: 'Evaluator Ruiz',
    }),
  ])

  // The evaluator's final rating and the hot wash, typed fast.
  await page.getByText('Evaluation: final ratings and hot wash').click()
  const first = page.locator('fieldset.final-rating').first()
  await first.getByLabel('Rating').selectOption('U')
  await first.getByLabel('Rationale').fill('The post reached the families first')
  const said = page.getByLabel(/^Said in the room/)
  await said.fill('The SRO answered within minutes')
  await said.press('Enter')
  await page.getByLabel('Kind').selectOption('improvement')
  await said.fill('Nobody knew the tip line number')
  await said.press('Enter')
  const items = page.getByRole('list', { name: 'Hot wash items' }).getByRole('listitem')
  await expect(items).toHaveText([/The SRO answered/, /Nobody knew/])
  await items.nth(1).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(items).toHaveText([/Nobody knew/, /The SRO answered/])
  await screenshotBoth(page, 'hseep-evaluation', true)

  const documents = page.getByRole('region', { name: 'HSEEP documents' })
  const csv = await exported(page, desktop, () =>
    documents.getByRole('button', { name: 'MSEL (CSV)' }).click(),
  )
  expect(csv.split('\r\n')[0]).toBe(
    '#,Time,Inject,Delivery,From,To,Expected player action,Objective,Reached,Controller notes',
  )

  const zip = await JSZip.loadAsync(
    await exportedBytes(page, desktop, () =>
      documents.getByRole('button', { name: 'AAR/IP (Word)' }).click(),
    ),
  )
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  expect(xml).toContain('Analysis of Capabilities')
  expect(xml).toContain('The coach hesitated before calling anyone')
  expect(xml).toContain('The post reached the families first')
  expect(xml).toContain('Nobody knew the tip line number')
  await screenshotBoth(page, 'hseep-debrief-exports', false)
})

/** The screen at both viewports, scrolled so that `top` is at the top of each. */
async function screenshotFrom(page: Page, name: string, top: Locator): Promise<void> {
  const original = page.viewportSize()
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport)
    await top.evaluate((element) => {
      element.scrollIntoView({ block: 'start' })
    })
    await page.screenshot({
      path: join('test-results', 'screens', `${name}-${viewport.width}x${viewport.height}.png`),
    })
  }
  if (original) await page.setViewportSize(original)
}

/**
 * Clicks an export button and returns the bytes of the file it wrote: a download on the web;
 * on the desktop the save dialog is answered with a file in a temp folder, which is read.
 */
async function exportedBytes(
  page: Page,
  desktop: ElectronApplication | null,
  click: () => Promise<void>,
): Promise<Buffer> {
  if (!desktop) {
    const download = page.waitForEvent('download')
    await click()
    return readFile(await (await download).path())
  }
  const target = join(mkdtempSync(join(tmpdir(), 'ntk-export-')), 'export.docx')
  await desktop.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: path })
  }, target)
  await click()
  await expect.poll(() => existsSync(target)).toBe(true)
  return readFile(target)
}

test('the evaluator edits the improvement plan, enters feedback and the details; the AAR/IP carries them', async ({
  page,
  desktop,
}) => {
  // The whole evaluator's round, two exports and a reload: longer than one screen's test.
  test.setTimeout(180_000)
  // A flawed path: the student's whole file to the officer, the school closed out of caution.
  await startScenario(page)
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press('o')
  await page.getByLabel(/^What was seen/).fill('The coach read the post twice before acting')
  await page.getByLabel(/^What was seen/).press('Enter')
  await decide(page, 'Call the principal and text the screenshot to the principal and the SRO now')
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await advance(page, "The principal's phone rings")
  await advance(page, 'The officer needs an address')
  await decide(page, "Email the officer M.'s whole student file so he has the full picture")
  await advance(page, "At M.'s kitchen table")
  await advance(page, 'What do we tell families?')
  await decide(page, 'Close the school tomorrow out of caution and tell families tonight')
  page.once('dialog', (dialog) => void dialog.accept())
  await page.keyboard.press('n')
  await expect(page.getByRole('heading', { name: `Debrief: ${SCENARIO}` })).toBeVisible()

  await page.getByText('Evaluation: final ratings and hot wash').click()
  const said = page.getByLabel(/^Said in the room/)
  await said.fill('The SRO answered within minutes')
  await said.press('Enter')
  await page.getByLabel('Kind').selectOption('improvement')
  await said.fill('Nobody knew who may see a student file')
  await said.press('Enter')

  // The plan: prefilled from the flags and the hot wash, then edited cell by cell.
  await page.getByText('Improvement plan matrix', { exact: true }).click()
  await expect(page.getByText(/^Prefilled from the flags and the hot wash/)).toBeVisible()
  const plan = page.locator('table.plan-edit tbody tr')
  expect(await plan.count()).toBeGreaterThanOrEqual(3)
  await expect(page.getByLabel('Issue, row 1')).not.toHaveValue('')
  await expect(plan.last().getByLabel(/^Issue/)).toHaveValue(
    'Nobody knew who may see a student file',
  )
  await page
    .getByLabel('Corrective action, row 1')
    .fill('Train every coach on the night chain of contact')
  await expect(page.getByText(/^Edited: the AAR\/IP prints this plan/)).toBeVisible()
  await page.getByLabel('Core capability, row 1').selectOption('Operational Coordination')
  await page.getByLabel('Primary responsible organization, row 1').fill('Athletics department')
  await page.getByLabel('Point of contact, row 1').fill('Coach Diaz')
  await page.getByLabel('Start date, row 1').fill('2026-12-03')
  // Enter commits a date (Tab moves between the field's day, month and year first).
  await page.getByLabel('Start date, row 1').press('Enter')
  const completion = page.getByLabel('Completion date, row 1')
  await completion.fill('2026-12-01')
  await completion.press('Enter')
  await expect(page.getByRole('alert')).toHaveText(
    /The completion date \(2026-12-01\) is before the start date \(2026-12-03\)/,
  )
  await expect(completion).not.toHaveValue('2026-12-01')
  await completion.fill('2027-01-15')
  await completion.press('Enter')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(completion).toHaveValue('2027-01-15')
  const rows = await plan.count()
  await page.getByRole('button', { name: 'Add a corrective action' }).click()
  const added = `row ${rows + 1}`
  await expect(page.getByLabel(`Issue, ${added}`)).toBeFocused()
  await page.keyboard.type('Families heard a student named')
  await page.getByLabel(`Corrective action, ${added}`).fill('Script family updates with legal')
  await page.getByLabel(`Root cause, ${added}`).selectOption('plan')
  await expect(plan).toHaveCount(rows + 1)

  // One participant's feedback, then the details and who took part.
  await page.getByText('Participant feedback (0 responses)').click()
  await page.getByRole('button', { name: 'Add response' }).click()
  await expect(page.getByRole('alert')).toHaveText(/^This form is empty/)
  await page.getByLabel('Role or position (optional)').fill('Assistant principal')
  await page
    .getByRole('group', { name: 'The exercise scenario was plausible and realistic.' })
    .getByLabel('4 Agree')
    .check()
  await page
    .getByRole('group', { name: /^The exercise helped my team practise this: / })
    .first()
    .getByLabel('2 Disagree')
    .check()
  await page.getByLabel(/^Based on the exercise today/).fill('Who may see a student file at night')
  await page.getByRole('button', { name: 'Add response' }).click()
  await expect(page.getByText('Response 1 added.', { exact: false })).toBeVisible()
  await expect(page.getByText('1 response entered')).toBeVisible()
  await expect(page.getByText('Participant feedback (1 response)')).toBeVisible()
  await expect(page.getByLabel('Role or position (optional)')).toHaveValue('')

  await page.getByText('Exercise details and participants').click()
  await page.getByLabel('Location').fill('Cedar Hollow High School library')
  await page.getByLabel('Sponsor').fill('Riverbend School District')
  await page.getByLabel('Name', { exact: true }).fill('Sam Lee')
  await page.getByLabel('Organization', { exact: true }).fill('Cedar Hollow High School')
  await page.getByLabel('Role in the exercise', { exact: true }).fill('Debate coach')
  await page.getByLabel('Role in the exercise', { exact: true }).press('Enter')
  await expect(page.getByLabel('Name, participant 1')).toHaveValue('Sam Lee')
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused()

  await expectAccessible(page, 'debrief with the evaluation editors open')
  for (const [name, drawer] of [
    ['hseep-plan-matrix', 'Improvement plan matrix'],
    ['hseep-feedback-entry', 'Participant feedback (1 response)'],
    ['hseep-details', 'Exercise details and participants'],
  ] as const) {
    await screenshotFrom(page, name, page.getByText(drawer, { exact: true }))
  }

  const bytes = await exportedBytes(page, desktop, () =>
    page
      .getByRole('region', { name: 'HSEEP documents' })
      .getByRole('button', { name: 'AAR/IP (Word)' })
      .click(),
  )
  mkdirSync(join('test-results', 'screens'), { recursive: true })
  writeFileSync(join('test-results', 'screens', 'hseep-edited-aar.docx'), bytes)
  const paragraphs = await docxParagraphs(bytes)
  const text = fullText(paragraphs)
  const between = (from: string, to: string) =>
    fullText(
      paragraphs.slice(
        paragraphs.findIndex((p) => p.text === from),
        paragraphs.findIndex((p) => p.text === to),
      ),
    )
  const appendixA = between('Appendix A: Improvement Plan', 'Appendix B: Exercise Participants')
  for (const cell of [
    'Train every coach on the night chain of contact',
    'Operational Coordination',
    'Athletics department',
    'Coach Diaz',
    '2026-12-03',
    '2027-01-15',
    'Families heard a student named (root cause: plan)',
    'Script family updates with legal',
  ]) {
    expect(appendixA).toContain(cell)
  }
  const appendixC = fullText(
    paragraphs.slice(
      paragraphs.findIndex((p) => p.text === 'Appendix C: Participant Feedback Summary'),
    ),
  )
  expect(appendixC).toContain('1 participant returned the feedback form.')
  expect(appendixC).toContain('The exercise scenario was plausible and realistic.\n4.0\n1')
  expect(appendixC).toContain('Who may see a student file at night')
  expect(
    between('Appendix B: Exercise Participants', 'Appendix C: Participant Feedback Summary'),
  ).toContain('Sam Lee\nCedar Hollow High School\nDebate coach')
  expect(text).toContain('Cedar Hollow High School library')
  expect(text).toContain('Riverbend School District')

  // The same plan as a spreadsheet the district tracks its corrective actions in.
  const sheet = await xlsxRows(
    await exportedBytes(page, desktop, () =>
      page.getByRole('button', { name: 'Improvement plan (Excel)' }).click(),
    ),
    'Improvement Plan',
  )
  expect(sheet).toHaveLength(rows + 2)
  expect(sheet[1]?.slice(2)).toEqual([
    'Train every coach on the night chain of contact',
    'Operational Coordination',
    'Athletics department',
    'Coach Diaz',
    '2026-12-03',
    '2027-01-15',
  ])
  expect(sheet.at(-1)?.slice(0, 3)).toEqual([
    'Families heard a student named',
    'plan',
    'Script family updates with legal',
  ])

  // Kept with the session: after a reload, the past session's debrief has it all again.
  await page.reload()
  await page.getByRole('button', { name: 'Open debrief' }).first().click()
  await page.getByText('Improvement plan matrix', { exact: true }).click()
  await expect(page.getByLabel('Corrective action, row 1')).toHaveValue(
    'Train every coach on the night chain of contact',
  )
  await expect(page.getByLabel('Completion date, row 1')).toHaveValue('2027-01-15')
  await expect(page.getByText('Participant feedback (1 response)')).toBeVisible()
})
