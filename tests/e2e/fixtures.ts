/**
 * The e2e fixture: which target a test runs on, said out loud by every test.
 *
 * - project `web`: the web edition served from dist-web, in Debian's Chromium.
 * - project `electron`: the real app through `_electron.launch`, when `require.resolve('electron')`
 *   finds the package AND its binary was downloaded; otherwise every test is skipped with the
 *   reason printed (no Electron binary can be installed here).
 *
 * Every test also gets a privacy guard: no request may leave 127.0.0.1.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { test as base, expect, _electron, type Page } from '@playwright/test'

const root = resolve(import.meta.dirname, '..', '..')

/** The Electron binary, or the reason there is none. */
export function electronBinary(): { path: string } | { reason: string } {
  let packageJson: string
  try {
    packageJson = createRequire(import.meta.url).resolve('electron/package.json')
  } catch {
    return { reason: 'the electron package is not installed' }
  }
  const pathFile = join(dirname(packageJson), 'path.txt')
  if (!existsSync(pathFile))
    return { reason: 'the electron package has no downloaded binary (no path.txt)' }
  const binary = join(dirname(packageJson), 'dist', readFileSync(pathFile, 'utf8').trim())
  if (!existsSync(binary)) return { reason: `the Electron binary ${binary} does not exist` }
  if (!existsSync(join(root, 'out', 'main', 'index.js')))
    return { reason: 'the Electron app is not built (out/main/index.js; run npm run build)' }
  return { path: binary }
}

export interface Fixtures {
  /** "web build in Debian Chromium" or "Electron app". */
  target: string
  /** Requests that went anywhere but 127.0.0.1 (checked after every test). */
  offsite: string[]
}

export const test = base.extend<Fixtures>({
  // Playwright reads the destructuring pattern to know a fixture's dependencies; none here.
  // eslint-disable-next-line no-empty-pattern
  target: async ({}, use, testInfo) => {
    if (testInfo.project.name === 'electron') {
      const binary = electronBinary()
      if ('reason' in binary) {
        console.log(`[${testInfo.title}] Electron target skipped: ${binary.reason}`)
        testInfo.skip(true, `Electron target skipped: ${binary.reason}`)
        return
      }
      await use('Electron app')
      return
    }
    await use('web build in Debian Chromium')
  },
  // eslint-disable-next-line no-empty-pattern
  offsite: async ({}, use) => {
    await use([])
  },
  page: async ({ page, target, offsite }, use, testInfo) => {
    console.log(`[${testInfo.title}] target: ${target}`)
    testInfo.annotations.push({ type: 'target', description: target })
    if (target === 'Electron app') {
      const binary = electronBinary()
      if ('reason' in binary) throw new Error(binary.reason)
      const app = await _electron.launch({ executablePath: binary.path, args: [root] })
      const window = await app.firstWindow()
      await use(window)
      await app.close()
      return
    }
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1')
        offsite.push(request.url())
    })
    await use(page)
    expect(offsite, 'requests that left 127.0.0.1').toEqual([])
  },
})

export { expect }
export type { Page }
