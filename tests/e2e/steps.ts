/** User steps shared by the specs, written the way a facilitator would do them. */
import { expect, type Page } from '@playwright/test'

export const SCENARIO = 'A threat on a story post'

export async function startScenario(page: Page, tableName = 'Table 3'): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: `Set up “${SCENARIO}”` }).click()
  await page.getByLabel('Table or team name').fill(tableName)
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  await expect(
    page.getByRole('heading', { name: 'A screenshot from a debate student' }),
  ).toBeVisible()
}

/** Takes an authored option and waits until the decision is gone (taken). */
export async function decide(page: Page, option: string): Promise<void> {
  await page.getByRole('button', { name: option }).click()
  await expect(page.getByRole('button', { name: option })).toHaveCount(0)
}

/** The label of the n-th option of the first open decision. */
export async function optionLabel(page: Page, n: number): Promise<string> {
  const option = page.getByRole('region', { name: 'Decisions' }).locator('button.option').nth(n)
  return (await option.textContent()) ?? ''
}

/** The knowledge matrix as text (read even while collapsed): who knows what. */
export async function knowledge(page: Page): Promise<string> {
  return (await page.locator('.matrix table').textContent()) ?? ''
}

export async function advance(page: Page, expectedTitle: string): Promise<void> {
  await page.keyboard.press('n')
  await expect(page.getByRole('heading', { name: expectedTitle })).toBeVisible()
}

/** Plays the rest of threat-post from the address request to the debrief, first options. */
export async function playToDebrief(page: Page): Promise<void> {
  await advance(page, 'The officer needs an address')
  await decide(page, await optionLabel(page, 0))
  await advance(page, "At M.'s kitchen table")
  await advance(page, 'What do we tell families?')
  await decide(page, await optionLabel(page, 0))
  // Leaving the last inject ends play: the console asks first.
  const asked: string[] = []
  page.once('dialog', (dialog) => {
    asked.push(dialog.message())
    void dialog.accept()
  })
  await page.keyboard.press('n')
  expect(asked.join('')).toContain('last inject')
  await expect(page.getByRole('heading', { name: `Debrief: ${SCENARIO}` })).toBeVisible()
}
