/**
 * End-to-end tests over the web edition, served from dist-web by scripts/web.mjs on
 * 127.0.0.1 and driven in Debian's Chromium, or the one `CHROMIUM_PATH` names (no browser
 * download works here). The `electron` project runs the same specs against the real app
 * where an Electron binary exists and skips, saying why, where it does not
 * (tests/e2e/fixtures.ts).
 */
import { defineConfig } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 4317)

/** The Chromium to drive: `CHROMIUM_PATH` when set, else Debian's package. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export default defineConfig({
  testDir: 'tests/e2e',
  // Screens go to test-results/screens, outside the directory Playwright wipes per run.
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  // On CI one retry, so a timing hiccup on a loaded machine does not block a landing; the
  // list reporter still names every test that needed it as flaky, to be fixed, not ignored.
  retries: process.env.CI === undefined ? 0 : 1,
  timeout: 90_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1920, height: 1080 },
    acceptDownloads: true,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: 'node scripts/web.mjs --no-build',
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
    timeout: 30_000,
  },
  projects: [
    { name: 'web', use: { browserName: 'chromium' } },
    { name: 'electron', use: { browserName: 'chromium' } },
  ],
})
