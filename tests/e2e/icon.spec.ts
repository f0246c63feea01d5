/**
 * The page names its icon, so the browser never asks for a missing /favicon.ico (a 404 and a
 * console error on every load), and loading the library logs no error at all.
 */
import { test, expect } from './fixtures'
import { SCENARIO } from './steps'

test('the app’s icon loads and the library loads with no console error or failed request', async ({
  page,
  desktop,
}) => {
  test.skip(desktop !== null, 'the desktop window has no favicon; its icon is packaged')
  const errors: string[] = []
  const failed: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${String(response.status())} ${response.url()}`)
  })
  await page.goto('/')
  await expect(page.getByRole('button', { name: `Set up “${SCENARIO}”` })).toBeVisible()

  const href = await page.locator('link[rel="icon"]').getAttribute('href')
  expect(href).toMatch(/\.svg$/)
  const icon = await page.request.get(new URL(href ?? '', page.url()).href)
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toBe('image/svg+xml')
  expect(await icon.text()).toContain('<title>Need to Know</title>')

  expect(errors).toEqual([])
  expect(failed).toEqual([])
})
