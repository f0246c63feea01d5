/**
 * What the app remembers between sessions: the table's name and the clock at setup, and,
 * on the desktop, the scenario files opened lately, to open again as they are on disk.
 */
import { writeFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { SCENARIO } from './steps'

test('setup suggests the last table name and offers the clock again', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: `Set up “${SCENARIO}”` }).click()
  await expect(page.getByLabel('Table or team name')).toHaveValue('')
  await page.getByLabel('Table or team name').fill('Table 7')
  await page.getByLabel('Real time').check()
  await page.getByLabel(/^Speed/).fill('2')
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  await expect(
    page.getByRole('heading', { name: 'A screenshot from a debate student' }),
  ).toBeVisible()

  // A new tab (a reload would return to the running session): the library.
  const next = await page.context().newPage()
  await next.goto('/')
  await next.getByRole('button', { name: `Set up “${SCENARIO}”` }).click()
  // The last table name is offered, not filled in: a new table is the usual case.
  await expect(next.getByLabel('Table or team name')).toHaveValue('')
  await next.getByRole('button', { name: 'Same table as last time: Table 7' }).click()
  await expect(next.getByLabel('Table or team name')).toHaveValue('Table 7')
  await expect(next.getByLabel('Real time')).toBeChecked()
  await expect(next.getByLabel(/^Speed/)).toHaveValue('2')
  // The speed is a real-time clock's only.
  await next.getByLabel(/^Manual/).check()
  await expect(next.getByLabel(/^Speed/)).toHaveCount(0)
})

test('a recent file opens again as it is now on disk', async ({ page, desktop }) => {
  if (!desktop) {
    const reason = 'desktop only: a browser cannot reopen a file by its path'
    console.log(`[${test.info().title}] web target skipped: ${reason}`)
    test.skip(true, reason)
    return
  }
  const file = join(await mkdtemp(join(tmpdir(), 'ntk-recent-')), 'bus-stop.yaml')
  const source = (title: string) =>
    `format: ttx/1\nid: bus-stop\ntitle: ${title}\nstart: "08:00"\nroles:\n  - { id: teacher, title: Teacher, kind: school-staff, player: true }\nfacts: []\ninjects:\n  - { id: start, at: "08:00", title: Start }\n`
  await writeFile(file, source('First draft'))
  await desktop.evaluate(({ dialog }, path) => {
    dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [path] })
  }, file)
  await page.getByRole('button', { name: 'Open a scenario file…' }).click()
  await expect(page.getByRole('heading', { name: 'First draft' })).toBeVisible()

  await writeFile(file, source('Second draft'))
  await page.getByRole('button', { name: 'Open bus-stop.yaml again' }).click()
  await expect(page.getByRole('heading', { name: 'Second draft' })).toBeVisible()
})
