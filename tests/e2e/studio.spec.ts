/**
 * The Scenario Studio, the way a trainer uses it: a new scenario from the skeleton, a typo
 * marked at its line and fixed, the graph leading to the YAML, a playtest with a flag and an
 * undo, the paths report, a save, and the saved scenario in the Library.
 *
 * The studio is opened from the Library's "Scenario Studio" button. STUDIO_URL (e.g. the
 * development page /studio/dev/ of `vite --config vite.web.config.ts`) runs the same steps
 * on the studio alone, without the final Library check.
 */
/// <reference lib="dom" />
// The functions passed to page.evaluate run in the page, so this file also sees DOM types.
import { join } from 'node:path'
import { SKELETON } from '../../engine/studio/template'
import { test, expect, type Page } from './fixtures'
import { expectAccessible, screenshotBoth } from './helpers'

const STUDIO_URL = process.env.STUDIO_URL
const ROOT = join(import.meta.dirname, '..', '..')
const TITLE = 'A rumour at the bus stop'
const FILE = 'bus-stop-rumour.yaml'

const withTypo = SKELETON.replace('sensitivity: observation', 'sensitivity: observashun')
const fixed = SKELETON.replace('id: new-scenario', 'id: bus-stop-rumour').replace(
  'title: A new scenario',
  `title: ${TITLE}`,
)
/** One inject that ends play too early, one that no path reaches. */
const withProblems = fixed
  .replace(
    '    next: office\n',
    [
      '    next:',
      '      - when: { threat: { atLeast: 2 } }',
      '        goto: early',
      '      - goto: office',
      '',
    ].join('\n'),
  )
  .replace(
    'expectations:',
    [
      '  - id: early',
      '    at: "08:05"',
      '    title: Sent home early',
      '  - id: lost',
      '    at: "08:10"',
      '    title: Nobody gets here',
      '    next: office',
      'expectations:',
    ].join('\n'),
  )
const typoLine = SKELETON.split('\n').findIndex((line) => line.includes('sensitivity:')) + 1

async function openStudio(page: Page): Promise<void> {
  if (STUDIO_URL !== undefined) {
    await page.goto(STUDIO_URL)
  } else {
    await page.goto('/')
    await page.getByRole('button', { name: /Scenario Studio/ }).click()
  }
  await expect(page.getByRole('heading', { name: 'Scenario Studio' })).toBeVisible()
}

/** Replaces the editor's whole text, as a paste would. */
async function setText(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Scenario YAML' }).click()
  await page.keyboard.press('Control+a')
  await page.keyboard.insertText(text)
}

const status = (page: Page) => page.getByRole('region', { name: 'Problems' }).getByRole('status')

test('writes, checks, playtests and saves a scenario in the studio', async ({ page }) => {
  await openStudio(page)
  await page.getByLabel('Start from').selectOption({ label: 'Blank skeleton' })
  await page.getByRole('button', { name: 'New', exact: true }).click()
  await expect(status(page)).toHaveText('✓ Valid')
  await expect(page.getByRole('button', { name: /Something overheard/ })).toBeVisible()

  // A typo: marked in the gutter and underlined at its line, and listed with the line.
  await setText(page, withTypo)
  await expect(status(page)).toHaveText('✗ 1 error')
  const problem = page.getByRole('button', {
    name: new RegExp(`^✗ Line ${typoLine}:18 — "sensitivity" must be one of`),
  })
  await expect(problem).toBeVisible()
  const line = page.locator('.cm-line').nth(typoLine - 1)
  await expect(line.locator('.cm-lintRange-error')).toHaveText('observashun')
  await expect(page.locator('.cm-gutter-lint .cm-lint-marker-error')).toHaveCount(1)
  // The graph stays, from the last version that validated.
  await expect(page.getByText('Last valid version, greyed')).toBeVisible()
  await expect(page.locator('.studio-graph-frame.stale .studio-graph-canvas')).toHaveCSS(
    'filter',
    'grayscale(1)',
  )
  await screenshotBoth(page, 'studio-error')

  // Fixed: valid again, and the graph leads to the inject's YAML.
  await setText(page, fixed)
  await expect(status(page)).toHaveText('✓ Valid')
  await page.getByRole('button', { name: /The principal's office/ }).click()
  await expect(page.locator('.cm-activeLine')).toHaveText('  - id: office')
  await expectAccessible(page, 'studio')
  await screenshotBoth(page, 'studio-graph')

  await graphProblems(page)
  await completionAndHover(page)
  await setText(page, fixed)
  await expect(status(page)).toHaveText('✓ Valid')

  await playtest(page)
  await page.getByRole('tab', { name: 'Paths' }).click()
  await expect(page.getByText('1 path through the scenario.')).toBeVisible()
  await expect(page.getByText('✓ overheard-to-principal can be met')).toBeVisible()

  await page.getByLabel('File name').fill(FILE)
  await page.getByRole('button', { name: /^Save/ }).click()
  await expect(page.getByText(`Saved ${FILE}.`)).toBeVisible()

  if (STUDIO_URL !== undefined) return
  await page.getByRole('button', { name: 'Close studio' }).click()
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible()
})

/** Unreachable injects and dead ends are said in words; a card opens its YAML by keyboard. */
async function graphProblems(page: Page): Promise<void> {
  await setText(page, withProblems)
  await expect(page.getByText('4 injects · 1 unreachable · 1 dead end')).toBeVisible()
  await expect(page.getByRole('button', { name: /Sent home early, dead end/ })).toContainText(
    '⚠ Dead end',
  )
  const lost = page.getByRole('button', { name: /Nobody gets here, unreachable/ })
  await expect(lost).toContainText('⊘ Unreachable')
  await expect(
    page.getByRole('button', { name: /The principal's office, ends play/ }),
  ).toContainText('■ End')
  await screenshotBoth(page, 'studio-graph-problems')
  await lost.focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('.cm-activeLine')).toHaveText('  - id: lost')
}

/** Completion offers the format's fields; hovering a field shows its documentation. */
async function completionAndHover(page: Page): Promise<void> {
  await page.locator('.cm-line').first().click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('auth')
  await expect(page.locator('.cm-tooltip-autocomplete')).toContainText('author')
  await page.keyboard.press('Escape')
  const certainty = page
    .locator('.cm-line', { hasText: 'certainty: reported' })
    .getByText('certainty')
  await certainty.hover()
  await expect(page.locator('.cm-tooltip-hover')).toContainText('How sure the information is')
  await screenshotBoth(page, 'studio-hover')
}

/** Waiting flags the fact the principal never hears; undo takes the flag away again. */
async function playtest(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Playtest' }).click()
  await page.getByRole('button', { name: /Start playtest/ }).click()
  await expect(page.getByRole('heading', { name: '08:00 · Something overheard' })).toBeVisible()
  // The share form asks the engine, as the run console does: no recipient, no Share, and why.
  const share = page.getByRole('group', { name: 'Share' })
  await expect(share.getByRole('button', { name: 'Share' })).toBeDisabled()
  await expect(share.getByText('A share needs at least one recipient')).toBeVisible()
  await share.getByRole('checkbox', { name: 'Principal' }).check()
  await expect(share.getByRole('button', { name: 'Share' })).toBeEnabled()
  await expect(share.getByText('A share needs at least one recipient')).toHaveCount(0)
  await share.getByRole('checkbox', { name: 'Principal' }).uncheck()
  await page.getByRole('button', { name: 'Mention it at the staff meeting on Friday' }).click()
  await page.getByRole('button', { name: 'Advance ▸' }).click()
  await expect(page.getByRole('heading', { name: "08:15 · The principal's office" })).toBeVisible()
  await page.getByRole('button', { name: 'Advance ▸' }).click()
  await expect(page.getByText('■ Play has ended')).toBeVisible()
  await expect(page.getByRole('heading', { name: /Flags so far: [1-9]/ })).toBeVisible()
  const flags = page.getByRole('region', { name: 'Flags so far' })
  await expect(flags.getByText('under-sharing (high)')).toBeVisible()
  await screenshotBoth(page, 'studio-playtest')

  // Jump back to before the choice and take the other option: no under-sharing.
  await page.getByRole('button', { name: /Back to before event 0/ }).click()
  await page.getByRole('button', { name: "Walk to the principal's office now" }).click()
  await expect(page.getByRole('heading', { name: 'Events played: 1' })).toBeVisible()
  await expect(flags.getByText(/under-sharing/)).toHaveCount(0)
}

test('asks before discarding unsaved changes', async ({ page }) => {
  await openStudio(page)
  await setText(page, fixed)
  const editor = page.getByRole('textbox', { name: 'Scenario YAML' })
  const dialogs: string[] = []

  page.once('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.getByRole('button', { name: 'Close studio' }).click()
  await expect(page.getByRole('heading', { name: 'Scenario Studio' })).toBeVisible()

  page.once('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.getByRole('button', { name: 'New', exact: true }).click()
  await expect(editor).toContainText('id: bus-stop-rumour')

  page.once('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.accept()
  })
  await page.getByRole('button', { name: 'New', exact: true }).click()
  await expect(editor).toContainText('id: new-scenario')
  expect(dialogs).toEqual(Array(3).fill('You have unsaved changes in the studio. Discard them?'))
})

test('images added in the studio are saved with the scenario and shown when it is played', async ({
  page,
}) => {
  test.skip(STUDIO_URL !== undefined, 'plays the scenario in the app, which the studio page lacks')
  await openStudio(page)
  await page.getByLabel('Start from').selectOption({ label: 'Copy of missing-student' })
  await page.getByRole('button', { name: 'New', exact: true }).click()
  const fileStatus = page.locator('.studio-file-status')
  await expect(fileStatus).toContainText('Its images are not copied')

  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Add images…' }).click()
  await (await chooser).setFiles(join(ROOT, 'scenarios/missing-student/media/campus-map.png'))
  await expect(fileStatus).toContainText(
    'campus-map.png added for media/campus-map.png. Save to keep them.',
  )
  await page.getByRole('button', { name: /^Save/ }).click()
  await expect(fileStatus).toContainText('Saved missing-student-copy.yaml with 1 new image.')

  await page.getByRole('button', { name: '▶ Run in the app' }).click()
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  const map = page.getByRole('img', { name: /^The playground's back fence/ })
  await expect(map).toBeVisible()
  await expect.poll(() => map.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(960)
})
