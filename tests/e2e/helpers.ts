/** Steps and checks shared by the e2e specs: screenshots and the accessibility audit. */
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

const screens = resolve(import.meta.dirname, '..', '..', 'test-results', 'screens')

export const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
] as const

/** Saves the screen at both viewports (the one it is at is restored after). */
export async function screenshotBoth(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(screens, { recursive: true })
  const original = page.viewportSize()
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport)
    await page.screenshot({
      path: join(screens, `${name}-${viewport.width}x${viewport.height}.png`),
      fullPage,
    })
  }
  if (original) await page.setViewportSize(original)
}

/** WCAG 2.2 A/AA through axe: zero violations, listed readably when there are some. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const violations = results.violations.map(
    (v) =>
      `${screen}: ${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  )
  expect(violations).toEqual([])
}
