/**
 * The projector fits its screen like a slide (issue 17, items 4 and 5): text first, the
 * image in the space left, never a scrollbar; and the window at #/projector shows the same
 * state as the console's own projector view — notes and facts only when the facilitator
 * shows them, the open decision's prompt and whose turn it is, never its options.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { expectAccessible, screenshotBoth, VIEWPORTS } from './helpers'

const MISSING = 'Twenty-one of twenty-two'
const PROMPT_ROLE = '2nd-grade teacher:'

async function startMissingStudent(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: `Set up “${MISSING}”` }).click()
  await page.getByLabel('Table or team name').fill('Table 6')
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  await expect(page.getByRole('heading', { name: 'Twenty-one', exact: true })).toBeVisible()
}

/** The whole slide is on screen: no scrolling, the map whole and of a useful size. */
async function expectFitted(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height })
  const map = page.getByRole('img', { name: /The playground's back fence/ })
  await expect(map).toBeVisible()
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight))
    .toBeLessThanOrEqual(0)
  await expect(async () => {
    const box = await map.boundingBox()
    expect(box).not.toBeNull()
    if (!box) return
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(height)
    // Shrunk to fit, not to nothing: at least a fifth of the screen's height.
    expect(box.height).toBeGreaterThanOrEqual(height / 5)
  }).toPass()
  // The text stays readable from the back: the title well above body size.
  const title = page.getByRole('heading', { name: 'Twenty-one', exact: true })
  const size = await title.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
  expect(size).toBeGreaterThanOrEqual(32)
  await expect(page.getByText(PROMPT_ROLE)).toBeInViewport()
}

test('the projector fits the campus map on screen at 1366×768 and 1920×1080', async ({
  page,
  context,
  desktop,
}) => {
  await startMissingStudent(page)
  await page.keyboard.press('p')
  await expect(page.getByRole('main', { name: 'Projector view' })).toBeVisible()
  for (const { width, height } of VIEWPORTS) await expectFitted(page, width, height)
  await screenshotBoth(page, '20-projector-fitted', false)
  await expectAccessible(page, 'fitted projector')

  if (desktop) return // the window is the web edition's (the desktop uses a second display)
  const projector = await context.newPage()
  await projector.goto('/#/projector')
  for (const { width, height } of VIEWPORTS) await expectFitted(projector, width, height)
  await screenshotBoth(projector, '21-projector-window-fitted', false)
})

test('the projector window shows what the facilitator shows, and whose turn it is', async ({
  page,
  desktop,
}) => {
  test.skip(
    desktop !== null,
    'the desktop app has no window.open: its projector is the second display',
  )
  await startMissingStudent(page)
  const opened = page.waitForEvent('popup')
  await page.getByRole('button', { name: 'Projector window' }).click()
  const projector = await opened
  await projector.setViewportSize({ width: 1366, height: 768 })

  // Whose turn, and the prompt; never an option or its teaching point.
  await expect(projector.getByRole('heading', { name: 'Twenty-one', exact: true })).toBeVisible()
  const turn = projector.getByRole('region', { name: 'Whose turn' })
  await expect(turn).toContainText(PROMPT_ROLE)
  const options = await page
    .getByRole('region', { name: 'Decisions' })
    .locator('button.option')
    .allTextContents()
  expect(options.length).toBeGreaterThan(1)
  for (const option of options) await expect(projector.getByText(option)).toHaveCount(0)

  // Notes appear only once the facilitator shows them, and go again when hidden.
  const notes =
    (await page
      .getByRole('complementary', { name: /^Facilitator notes/ })
      .locator('p')
      .textContent()) ?? ''
  const snippet = notes.slice(0, 40)
  expect(snippet.length).toBeGreaterThan(10)
  await expect(projector.getByText(snippet)).toHaveCount(0)
  await page.getByRole('button', { name: 'Show notes on projector' }).click()
  await expect(
    projector.getByRole('complementary', { name: 'Shown by the facilitator' }),
  ).toContainText(snippet)

  // A fact's text, ticked in "Who knows what".
  await page.getByText('Who knows what').click()
  const box = page.getByLabel(/^Show on the projector: /).first()
  const label = (await box.getAttribute('aria-label')) ?? ''
  const words = label.replace(/^Show on the projector: /, '').replace(/…$/, '')
  await expect(projector.getByText(words)).toHaveCount(0)
  await box.check()
  await expect(
    projector.getByRole('complementary', { name: 'Facts shown by the facilitator' }),
  ).toContainText(words)
  await screenshotBoth(projector, '22-projector-window-shown', false)
  await expectAccessible(projector, 'projector window with notes and a fact')

  // Taking the decision closes it on the wall too.
  await page.getByRole('region', { name: 'Decisions' }).locator('button.option').first().click()
  await expect(projector.getByRole('region', { name: 'Whose turn' })).toHaveCount(0)

  await box.uncheck()
  await expect(
    projector.getByRole('complementary', { name: 'Facts shown by the facilitator' }),
  ).toHaveCount(0)
})
