/**
 * Every screen at 1920×1080 and 1366×768 into test-results/screens/, each audited with axe
 * (WCAG 2.2 A/AA, zero violations), and the projector checked for private content.
 */
import { test, expect } from './fixtures'
import { expectAccessible, screenshotBoth } from './helpers'
import { decide, playToDebrief, startScenario } from './steps'

const NOTES_SNIPPET = 'Give the coach a minute alone with the phone'

test('every screen is readable, accessible and shows nothing private on the projector', async ({
  page,
}) => {
  // Twelve screenshots and eight accessibility audits: on a shared 2-core machine this tour
  // takes longer than one test's default time.
  test.slow()
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible()
  await screenshotBoth(page, '01-library')
  await expectAccessible(page, 'library')

  await page
    .getByRole('button', { name: /^Set up/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { name: /^Set up:/ })).toBeVisible()
  await screenshotBoth(page, '02-setup')
  await expectAccessible(page, 'setup')

  await startScenario(page)
  await expect(page.getByText(NOTES_SNIPPET)).toBeVisible()
  await page.getByText('Who knows what').click()
  // What the facilitator sees without scrolling (the sticky bar would repeat in a full-page shot).
  await screenshotBoth(page, '03-run-console', false)
  await expectAccessible(page, 'run console')

  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible()
  await screenshotBoth(page, '04-help', false)
  await expectAccessible(page, 'help')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Keyboard' })).toHaveCount(0)

  await page.keyboard.press('p')
  await expect(page.getByRole('main', { name: 'Projector view' })).toBeVisible()
  await expect(page.getByText(NOTES_SNIPPET)).toHaveCount(0)
  await expect(page.locator('.matrix')).toHaveCount(0)
  await expect(page.getByText('private', { exact: true })).toHaveCount(0)
  await screenshotBoth(page, '05-projector')
  await expectAccessible(page, 'projector')
  await page.keyboard.press('p')

  // The facilitator chooses to show the notes: now, and only now, the projector has them.
  await page.getByRole('button', { name: 'Show notes on projector' }).click()
  await page.keyboard.press('p')
  await expect(page.getByText(NOTES_SNIPPET)).toBeVisible()
  await page.keyboard.press('p')

  // Likewise a fact's text, ticked in the knowledge matrix.
  const factText = 'Two students say "m.0nfire" is M.'
  await page.getByText('Who knows what').click()
  await page.getByLabel(/^Show on the projector: Two students say "m.0nfire" is M./).check()
  await page.keyboard.press('p')
  await expect(page.getByText(factText)).toBeVisible()
  await page.keyboard.press('p')

  await decide(page, 'Call the principal and text the screenshot to the principal and the SRO now')
  await page.keyboard.press('n')
  await playToDebrief(page)
  await expect(page.locator('.mermaid-diagram svg')).toBeVisible()
  await screenshotBoth(page, '06-debrief')
  await expectAccessible(page, 'debrief')

  await page.getByRole('button', { name: 'Back to the library' }).click()
  await startScenario(page, 'Table 5')
  // In a new tab: a reload of this one would return to the running session.
  page = await page.context().newPage()
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Unfinished sessions' })).toBeVisible()
  await screenshotBoth(page, '07-library-resume')
  await expectAccessible(page, 'library with a session to resume')
})
