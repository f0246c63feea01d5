/**
 * The desktop window's refusals, seen from the page as an attacker would try them: a page
 * that navigates away, opens a window, or is handed a dropped file's URL stays the app.
 * The rules and their wiring are unit-tested (tests/unit/electron/security-*.test.ts);
 * this proves them in the real window, so it runs on the Electron target only. On the web
 * the browser is the user's own, and its navigation is not the app's to refuse.
 */
import { test, expect } from './fixtures'

test('the desktop window refuses navigation away, new windows and file URLs', async ({
  page,
  desktop,
}) => {
  if (!desktop) {
    const reason = 'desktop only: these are refusals of the Electron main process'
    console.log(`[${test.info().title}] web target skipped: ${reason}`)
    test.skip(true, reason)
    return
  }
  await expect(page.getByRole('heading', { name: 'Need to Know' })).toBeVisible()
  const appUrl = page.url()

  for (const url of [
    'https://evil.example/',
    'http://127.0.0.1:9/',
    // What Chromium does with a file dropped on a page that does not take it.
    'file:///etc/passwd',
  ]) {
    await page.evaluate((to) => {
      window.location.href = to
    }, url)
    // A refused navigation leaves the page as it was: still the app, still interactive.
    await expect(page.getByRole('heading', { name: 'Need to Know' })).toBeVisible()
    expect(page.url()).toBe(appUrl)
  }

  const opened = await page.evaluate(() => window.open('https://evil.example/') === null)
  expect(opened, 'window.open returns null when the window is denied').toBe(true)
  expect(desktop.windows()).toHaveLength(1)
})
