/// <reference lib="dom" />
// The functions passed to page.evaluate run in the page, so this file also sees DOM types.
/**
 * Everything a facilitator does is operable by keyboard alone: from the library through
 * setup, a decision, a share, an undo, to the debrief and an export, with Tab, Space,
 * Enter and the console's shortcuts, and a visible focus ring on every control reached.
 */
import type { Locator } from '@playwright/test'
import { test, expect, exported, type Page } from './fixtures'
import { SCENARIO } from './steps'

/**
 * Presses Tab until the control has focus (never clicks), checking on the way that every
 * focused control shows where the focus is. Fails if the control cannot be reached.
 */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible()
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab')
    const focus = await page.evaluate(() => {
      const element = document.activeElement
      if (!(element instanceof HTMLElement) || element === document.body) return null
      const style = getComputedStyle(element)
      return {
        label: element.outerHTML.slice(0, 80),
        ring: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
      }
    })
    if (focus) expect(focus.ring, `a visible focus ring on ${focus.label}`).toBe(true)
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

test('a whole exercise by keyboard alone, from the library to an export', async ({
  page,
  desktop,
}) => {
  await page.goto('/')
  await tabTo(page, page.getByRole('button', { name: `Set up “${SCENARIO}”` }))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('textbox', { name: 'Table or team name' }))
  await page.keyboard.type('Keyboard table')
  await tabTo(page, page.getByRole('button', { name: 'Start the exercise' }))
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', { name: 'A screenshot from a debate student' }),
  ).toBeVisible()

  // An authored decision.
  const option = 'Call the principal and text the screenshot to the principal and the SRO now'
  await tabTo(page, page.getByRole('button', { name: option }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: option })).toHaveCount(0)

  // A free share from the composer: who, what, to whom, then Share.
  const composer = page.getByRole('region', { name: /^Share/ })
  await tabTo(page, page.getByRole('combobox', { name: 'Who shares' }))
  const sharer = await composer.getByLabel('Who shares').inputValue()
  expect(sharer).not.toBe('')
  const fact = composer
    .getByRole('group', { name: /What they know/ })
    .getByRole('checkbox')
    .first()
  await tabTo(page, fact)
  await page.keyboard.press('Space')
  await expect(fact).toBeChecked()
  const recipient = composer
    .getByRole('group', { name: 'To' })
    .getByRole('checkbox', { name: 'Principal' })
  await tabTo(page, recipient)
  await page.keyboard.press('Space')
  await expect(recipient).toBeChecked()
  await tabTo(page, composer.getByRole('button', { name: 'Share', exact: true }))
  await page.keyboard.press('Enter')
  await expect(fact).not.toBeChecked()

  // Undo the share with the shortcut; advance with N; end from the steering bar.
  await page.keyboard.press('Control+z')
  await page.keyboard.press('n')
  await expect(page.getByRole('heading', { name: "The principal's phone rings" })).toBeVisible()
  page.on('dialog', (dialog) => void dialog.accept())
  await tabTo(page, page.getByRole('button', { name: /^End/ }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: `Debrief: ${SCENARIO}` })).toBeVisible()

  const json = await exported(page, desktop, async () => {
    await tabTo(page, page.getByRole('button', { name: 'JSON' }))
    await page.keyboard.press('Enter')
  })
  expect((JSON.parse(json) as { format: string }).format).toBe('ttx-debrief/1')
})
