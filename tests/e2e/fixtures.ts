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
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import {
  test as base,
  expect,
  _electron,
  type ElectronApplication,
  type Page,
} from '@playwright/test'

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
  /** The running desktop app on the Electron target; null on the web. */
  desktop: ElectronApplication | null
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
  desktop: async ({ target }, use) => {
    if (target !== 'Electron app') {
      await use(null)
      return
    }
    const binary = electronBinary()
    if ('reason' in binary) throw new Error(binary.reason)
    // A fresh user-data folder per test, as a fresh browser context is on the web: no
    // session, scenario or setting leaks from one test into the next.
    const userData = mkdtempSync(join(tmpdir(), 'ntk-e2e-'))
    const app = await _electron.launch({
      executablePath: binary.path,
      args: [root, `--user-data-dir=${userData}`],
    })
    await use(app)
    await app.close()
    rmSync(userData, { recursive: true, force: true })
  },
  page: async ({ page, target, offsite, desktop }, use, testInfo) => {
    console.log(`[${testInfo.title}] target: ${target}`)
    testInfo.annotations.push({ type: 'target', description: target })
    if (desktop) {
      const window = await desktop.firstWindow()
      const appUrl = window.url().replace(/#.*$/, '')
      // The specs navigate as on the web ("/", "/#/projector"); the app is index.html.
      const goto = window.goto.bind(window)
      window.goto = (url, options) => goto(onDesktop(url, appUrl), options)
      await use(window)
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

/** A path the specs use on the web ("/", "/#/projector") as the desktop app's URL. */
function onDesktop(url: string, appUrl: string): string {
  if (!url.startsWith('/')) return url
  const hash = url.indexOf('#')
  return hash === -1 ? appUrl : appUrl + url.slice(hash)
}

/**
 * Clicks an export button and returns the text of the file it wrote: a download on the web;
 * on the desktop the save dialog is answered with a file in a temp folder, which is read.
 */
export async function exported(
  page: Page,
  desktop: ElectronApplication | null,
  click: () => Promise<void>,
): Promise<string> {
  if (!desktop) {
    const download = page.waitForEvent('download')
    await click()
    const file = await (await download).path()
    return readFile(file, 'utf8')
  }
  const target = join(mkdtempSync(join(tmpdir(), 'ntk-export-')), 'export')
  await desktop.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: path })
  }, target)
  await click()
  await expect.poll(() => existsSync(target)).toBe(true)
  return readFile(target, 'utf8')
}

export { expect }
export type { Page }
