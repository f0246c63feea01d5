/// <reference lib="dom" />
// The functions passed to page.evaluate run in the page, so this file also sees DOM types.
/**
 * Material images and dropped files: a scenario dropped with its image opens and shows it;
 * a drop of anything else is refused with one message and nothing saved; a file dropped
 * where the page does not take it never replaces the app; a shipped scenario's image is
 * bundled and shows in the console and on the projector.
 */
import { join } from 'node:path'
import { test, expect, type Page } from './fixtures'
import { expectAccessible, screenshotBoth } from './helpers'
import { dropOnLibrary, file, text, transfer } from './drop'

const fixtures = join(import.meta.dirname, '..', 'fixtures')
const EXAMPLE = 'A note found in a locker'

/**
 * Waits for an <img> to be decoded (a broken or blocked image has no natural width) and
 * checks it sits inside its card rather than spilling over what follows.
 */
async function expectLoaded(page: Page, name: string): Promise<void> {
  const image = page.getByRole('img', { name })
  await expect(image).toBeVisible()
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0)
  const spill = await image.evaluate((img) => {
    const card = img.closest('figure')?.getBoundingClientRect()
    const own = img.getBoundingClientRect()
    return card ? Math.max(0, own.bottom - card.bottom, own.right - card.right) : -1
  })
  expect(spill, 'pixels of the image outside its card').toBe(0)
}

test('a scenario dropped with its image opens, and its card shows the image', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('button', { name: `Set up “${EXAMPLE}”` })).toHaveCount(0)
  await dropOnLibrary(page, [
    file('locker-note.yaml', join(fixtures, 'locker-note.yaml')),
    file('note.png', join(fixtures, 'images', 'note.png')),
  ])
  await page.getByRole('button', { name: `Set up “${EXAMPLE}”` }).click()
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  await expectLoaded(page, 'everyone in 3rd period will pay on Friday')

  // The images were saved with the scenario: the session a reload returns to shows them too.
  await page.reload()
  await expectLoaded(page, 'everyone in 3rd period will pay on Friday')
})

test('a scenario dropped without its image opens, says so, and its card says what is missing', async ({
  page,
}) => {
  await page.goto('/')
  await dropOnLibrary(page, [file('locker-note.yaml', join(fixtures, 'locker-note.yaml'))])
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toHaveText(
    /Opened “A note found in a locker” \(locker-note\.yaml\): its card is shown below\. "media\/note\.png" was not among the files, so its card shows without the image\./,
  )
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.getByRole('button', { name: `Set up “${EXAMPLE}”` }).click()
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  await expect(page.getByText('Image not available: media/note.png')).toBeVisible()
  await expect(
    page.getByRole('img', { name: 'everyone in 3rd period will pay on Friday' }),
  ).toHaveCount(0)
})

test('a drop of anything but a scenario and its images is refused, and nothing is saved', async ({
  page,
}) => {
  await page.goto('/')
  const cards = page.locator('.cards > li')
  await expect(cards.first()).toBeVisible()
  const before = await cards.count()
  await dropOnLibrary(page, [
    file('locker-note.yaml', join(fixtures, 'locker-note.yaml')),
    text('payload.html', '<script>document.title = "pwned"</script>'),
  ])
  await expect(page.getByRole('alert')).toHaveText(
    /"payload\.html" is not a scenario or an image\. Open one \.yaml scenario file, with the png, jpg or webp images its materials use\./,
  )
  await expect(cards).toHaveCount(before)
  await expect(page.getByRole('button', { name: `Set up “${EXAMPLE}”` })).toHaveCount(0)
  await expect(page).not.toHaveTitle(/pwned/)
})

test('a file dropped where the page does not take it never replaces the app', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Set up “Twenty-one of twenty-two”' }).click()
  const dataTransfer = await transfer(page, [text('payload.html', '<h1>not the app</h1>')])
  // Whether the browser would navigate to the file: a drop whose default is not prevented.
  const prevented = await page.evaluate(
    (data) =>
      ['dragover', 'drop'].map((type) => {
        const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data })
        document.body.dispatchEvent(event)
        return event.defaultPrevented
      }),
    dataTransfer,
  )
  expect(prevented).toEqual([true, true])
  await expect(page.getByRole('button', { name: 'Start the exercise' })).toBeVisible()
})

test('a shipped scenario’s image is bundled and shows in the console and on the projector', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Set up “Twenty-one of twenty-two”' }).click()
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  const map =
    "The playground's back fence, with a gap where the creek path leaves toward the footbridge."
  await expectLoaded(page, map)
  await expectAccessible(page, 'console with an image')
  await screenshotBoth(page, 'console-with-image')
  await page.keyboard.press('p')
  await expectLoaded(page, map)
  await screenshotBoth(page, 'projector-with-image', false)
})
