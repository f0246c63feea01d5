/**
 * "Let participants join" in the run console (docs/room-hosting.md). The web edition has no
 * main process and a page cannot listen on the network, so its panel says so plainly and
 * gives the headless host's command; the desktop app's hosting is tested in
 * tests/unit/room/console-room.test.ts (the Electron binary cannot run here).
 */
import { test, expect } from './fixtures'
import { screenshotBoth, expectAccessible } from './helpers'
import { startScenario } from './steps'

test('the web console explains how to let participants join with the headless host', async ({
  page,
  desktop,
}) => {
  test.skip(desktop !== null, 'the desktop app hosts from the panel instead')
  await startScenario(page, 'Room panel')
  const summary = page.locator('summary', { hasText: 'Let participants join' })
  const drawer = summary.locator('..')
  // Off by default: folded away, nothing hosted.
  await expect(drawer).not.toHaveAttribute('open')
  await summary.click()
  await expect(drawer.getByText('a page in a browser cannot listen on the network')).toBeVisible()
  await expect(drawer.locator('code')).toHaveText('npm run ttx -- host <scenario.yaml>')
  await expect(drawer.getByRole('button', { name: 'Let participants join' })).toHaveCount(0)
  await drawer.scrollIntoViewIfNeeded()
  await expectAccessible(page, 'console with the room panel')
  await screenshotBoth(page, 'console-room-web')
})
