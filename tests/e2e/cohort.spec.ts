/**
 * Several tables side by side (docs/cohort.md). In the app: two sessions of threat-post
 * finished down different paths, compared from the library's past sessions, and the cohort
 * report exported as Markdown, Word and CSV and read back. In the room: a host with two
 * tables, ended down different paths, shows the cohort on the facilitator page as they end.
 * Screenshots at 1920×1080 and 1366×768.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test, expect, exported, type Page } from './fixtures'
import { expectAccessible, screenshotBoth } from './helpers'
import { advance, decide, playToDebrief, SCENARIO, startScenario } from './steps'
import { hostRoom } from '../../electron/main/room/host'
import { loadScenario } from '../../engine/scenario/load'

const FIRST = 'A screenshot from a debate student'
const CALL_NOW = 'Call the principal and text the screenshot to the principal and the SRO now'
const WAIT = 'It is probably a joke; show the principal at 7:15 before first period'

async function finishSession(
  page: Page,
  table: string,
  option: string,
  next: string,
): Promise<string> {
  await startScenario(page, table)
  await decide(page, option)
  await advance(page, next)
  await playToDebrief(page)
  const overall = (await page.locator('.overall-number').textContent()) ?? ''
  await page.getByRole('button', { name: 'Back to the library' }).click()
  return overall
}

test('compares two finished sessions from the library and exports the cohort report', async ({
  page,
  desktop,
}) => {
  const past = page.getByRole('region', { name: 'Past sessions' })
  const compare = past.getByRole('button', { name: /^Compare tables/ })
  const north = await finishSession(page, 'North table', CALL_NOW, "The principal's phone rings")
  // One finished session of the scenario: nothing to compare yet, so no choice is offered.
  await expect(past.getByRole('row', { name: /North table/ })).toBeVisible()
  await expect(compare).toHaveCount(0)
  const south = await finishSession(page, 'South table', WAIT, 'The screenshot goes around')
  expect(Number(north)).toBeGreaterThan(Number(south))

  await expect(compare).toBeDisabled()
  await past.getByRole('checkbox', { name: /North table/ }).check()
  await expect(compare).toBeDisabled()
  await past.getByRole('checkbox', { name: /South table/ }).check()
  await expect(compare).toHaveText('Compare tables (2)')
  await past.scrollIntoViewIfNeeded()
  await screenshotBoth(page, 'cohort-library-pick', false)
  await compare.click()

  await expect(page.getByRole('heading', { name: `Tables compared: ${SCENARIO}` })).toBeVisible()
  const scores = page.getByRole('region', { name: 'Scores' })
  // Oldest first: the order the tables played.
  await expect(scores.locator('thead th')).toHaveText(['Score', 'North table', 'South table'])
  await expect(scores.locator('tr.cohort-overall td')).toHaveText([north, south])
  const parted = page.getByRole('region', { name: 'Where the paths parted' })
  await expect(parted.locator('> ol > li').first()).toContainText(`After “${FIRST}”:`)
  await expect(parted).toContainText("to “The principal's phone rings”: North table")
  await expect(parted).toContainText('to “The screenshot goes around”: South table')
  await expect(parted).toContainText(`“${WAIT}”: South table`)
  const paths = page.getByRole('region', { name: 'The path each table took' })
  await expect(paths.getByRole('region', { name: 'Path of South table' })).toContainText(
    'The screenshot goes around',
  )
  await expectAccessible(page, 'cohort')
  await screenshotBoth(page, 'cohort-library')

  const markdown = await exported(page, desktop, () =>
    page.getByRole('button', { name: 'Markdown' }).click(),
  )
  expect(markdown).toContain(`# Cohort report: ${SCENARIO}`)
  expect(markdown).toContain('· 2 tables')
  expect(markdown).toContain('| Score | North table | South table |')
  expect(markdown).toContain(`| Overall | ${north} | ${south} |`)
  expect(markdown).toContain(`After “${FIRST}”: “The principal's phone rings” (North table)`)
  expect(markdown).toContain('### South table')

  if (desktop === null) {
    const word = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Word' }).click()
    const docx = await word
    expect(docx.suggestedFilename()).toMatch(/^threat-post-cohort-\d{4}-\d{2}-\d{2}\.docx$/)
    expect(
      readFileSync(await docx.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK')
    const csv = await exported(page, desktop, () =>
      page.getByRole('button', { name: 'CSV' }).click(),
    )
    const rows = csv.trimEnd().split('\r\n')
    expect(rows.map((row) => row.split(',').slice(0, 2).join(','))).toEqual([
      'Table,Overall',
      `North table,${north}`,
      `South table,${south}`,
    ])
  }
})

test('shows the room’s tables side by side on the facilitator page as they end', async ({
  page,
}, info) => {
  test.skip(info.project.name === 'electron', 'the room host is the same Node server either way')
  const root = resolve(import.meta.dirname, '..', '..')
  const file = join(root, 'scenarios', 'threat-post', 'scenario.yaml')
  const scenario = loadScenario(readFileSync(file, 'utf8'), file).scenario
  if (scenario === undefined) throw new Error('threat-post does not load')
  const saves = mkdtempSync(join(tmpdir(), 'cohort-e2e-'))
  const hosted = await hostRoom({
    scenario,
    saves: [join(saves, 'one.json'), join(saves, 'two.json')],
    approve: false,
    site: join(root, 'dist-web'),
    address: '127.0.0.1',
    port: 0,
  })
  try {
    await page.goto(hosted.facilitatorUrl)
    const tables = page.locator('.room-table')
    await expect(tables).toHaveCount(2)
    await expect(tables.nth(0).getByRole('heading', { level: 2 })).toContainText('Table 1')
    const cohort = page.getByRole('heading', { name: /Tables side by side/ })
    await expect(page.getByText('Shown once two tables have ended (0 of 2 so far).')).toBeVisible()

    // Table 1 moves on (nobody told the principal: the screenshot goes around), then ends;
    // table 2 ends at once.
    await tables.nth(0).getByRole('button', { name: 'Advance' }).click()
    await expect(tables.nth(0)).toContainText('The screenshot goes around')
    await tables.nth(0).getByRole('button', { name: 'End play' }).click()
    await expect(page.getByText('Shown once two tables have ended (1 of 2 so far).')).toBeVisible()
    await tables.nth(1).getByRole('button', { name: 'End play' }).click()

    await expect(cohort).toContainText('2 of 2 ended')
    const parted = page.getByRole('region', { name: 'Where the paths parted' })
    await expect(parted).toContainText(`After “${FIRST}”:`)
    await expect(parted).toContainText('to “The screenshot goes around”: Table 1')
    await expect(parted).toContainText('to “play ended”: Table 2')
    const markdown = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Markdown' }).click()
    const download = await markdown
    expect(download.suggestedFilename()).toMatch(/^threat-post-cohort-\d{4}-\d{2}-\d{2}\.md$/)
    const text = readFileSync(await download.path(), 'utf8')
    expect(text).toContain('| Score | Table 1 | Table 2 |')
    await expectAccessible(page, 'room cohort')
    await page.getByRole('heading', { name: /Tables side by side/ }).scrollIntoViewIfNeeded()
    await screenshotBoth(page, 'cohort-room')
  } finally {
    await hosted.server.close()
  }
})
