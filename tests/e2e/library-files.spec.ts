/**
 * A file opened in the library never fails out of sight (issue 17, item 9): what happened
 * is said at the top, the new card is brought into view, a broken one can be removed or
 * opened in the studio, and the message points at the line of the mistake.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { dropOnLibrary, text } from './drop'
import { expectAccessible, screenshotBoth } from './helpers'

const valid = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'locker-note.yaml'), 'utf8')
const quoteLine = valid.split('\n').findIndex((line) => line.includes('title: The note')) + 1

test('a broken file says so at the top, shows its card and can be removed', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('.cards > li').first()).toBeVisible()
  await dropOnLibrary(page, [
    text('unclosed.yaml', valid.replace('title: The note', 'title: "The note')),
  ])
  const alert = page.getByRole('alert')
  // Opening saves and reloads the library: slow on a loaded machine.
  await expect(alert).toContainText('“unclosed.yaml” cannot be played: this value opens with "', {
    timeout: 20_000,
  })
  const card = page.getByRole('article', { name: 'unclosed.yaml' })
  await expect(card).toBeInViewport()
  await expect(card).toContainText(`unclosed.yaml:${quoteLine}:12: error: this value opens with "`)
  await screenshotBoth(page, '31-library-broken-file', false)
  await expectAccessible(page, 'library with a broken file')

  // Open in the studio: the text as dropped, with its error at the line.
  await card.getByRole('button', { name: 'Open in the studio' }).click()
  await expect(page.getByLabel('File name')).toHaveValue('unclosed.yaml')
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText(`${quoteLine}`)
  await page.getByRole('button', { name: 'Close studio' }).click()

  page.once('dialog', (dialog) => void dialog.accept())
  await page
    .getByRole('article', { name: 'unclosed.yaml' })
    .getByRole('button', { name: 'Remove' })
    .click()
  await expect(page.getByText('Deleted “unclosed.yaml”.')).toBeVisible()
  await expect(page.getByRole('article', { name: 'unclosed.yaml' })).toHaveCount(0)
})

test('a YAML file that is not a scenario is called that, once', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('.cards > li').first()).toBeVisible()
  await dropOnLibrary(page, [text('settings.yaml', 'name: my-app\nversion: 2\nitems: [1, 2]\n')])
  await expect(page.getByRole('alert')).toContainText('this is not a scenario file', {
    timeout: 20_000,
  })
  const card = page.getByRole('article', { name: 'settings.yaml' })
  await expect(card).toBeInViewport()
  await expect(card).toContainText('This file is not a scenario.')
  await expect(card.locator('.problems li')).toHaveCount(1)
})

test('a valid dropped file is announced and brought into view', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('.cards > li').first()).toBeVisible()
  await dropOnLibrary(page, [
    text('drill.yaml', valid.replace('title: A note found in a locker', 'title: The drill note')),
  ])
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toContainText(
    'Opened “The drill note” (drill.yaml): its card is shown below.',
    { timeout: 20_000 },
  )
  await expect(page.getByRole('article', { name: 'The drill note' })).toBeInViewport()
})
