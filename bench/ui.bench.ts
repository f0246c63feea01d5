/**
 * The web edition in Debian's Chromium (or `CHROMIUM_PATH`), against the built dist-web:
 * - time from navigation to an interactive library (the first "Set up" button enabled);
 * - time from a dispatched event (a click on "Take action") to the next painted frame, on a
 *   generated 12-role, 200-fact scenario (goal < 16.7 ms: within the frame);
 * - the initial JavaScript, gzipped (goal < 300 KB; mermaid and the studio load lazily).
 * Baseline, same run: a click on a static element to the next painted frame.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page } from '@playwright/test'
import { stringify } from 'yaml'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config'
import { generateScenario } from './generate'
import { median } from './measure'

const root = resolve(import.meta.dirname, '..')
const dist = join(root, 'dist-web')
const PORT = 4399
const RUNS = 30
const FRAME_GOAL_MS = 16.7
const JS_GOAL_KB = 300

export async function run(log: (line: string) => void): Promise<Record<string, unknown>> {
  if (!existsSync(join(dist, 'index.html'))) build()
  const initialJsKb = initialJsGzipKb()
  const { libraryMs, baselineMs, eventMs } = await withWebEdition(async (page) => {
    const libraryMs = await timeToLibrary(page)
    await openGeneratedScenario(page)
    const baselineMs = await medianFrame(page, '.inject-at')
    const eventMs = await medianFrame(page, 'form[aria-label="Act"] button[type="submit"]')
    return { libraryMs, baselineMs, eventMs }
  })
  log(`navigation to interactive library: ${libraryMs.toFixed(0)} ms (median of 5)`)
  log(
    `event to next frame (12 roles, 200 facts): ${eventMs.toFixed(1)} ms, goal < ${FRAME_GOAL_MS} ms ` +
      `(baseline click ${baselineMs.toFixed(1)} ms, ratio ${(eventMs / baselineMs).toFixed(2)})`,
  )
  log(`initial JS gzip: ${initialJsKb.toFixed(1)} KB, goal < ${JS_GOAL_KB} KB`)
  return {
    libraryInteractiveMs: round(libraryMs),
    eventToFrameMs: round(eventMs),
    baselineClickToFrameMs: round(baselineMs),
    eventToFrameRatio: round(eventMs / baselineMs),
    eventWithinFrame: eventMs < FRAME_GOAL_MS,
    initialJsGzipKb: round(initialJsKb),
    initialJsWithinGoal: initialJsKb < JS_GOAL_KB,
  }
}

/** What `withWebEdition` starts; tests pass fakes. */
export interface WebEditionParts {
  serve: () => Promise<Pick<ChildProcess, 'kill'>>
  launch: () => Promise<Pick<Browser, 'newPage' | 'close'>>
}

const REAL_PARTS: WebEditionParts = {
  serve,
  launch: () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
}

/**
 * Serves dist-web, opens a page on it in Chromium and runs `use`. The server and the
 * browser stop however it ends, a browser that fails to launch included: a server left
 * behind would keep the port taken for the next run.
 */
export async function withWebEdition<T>(
  use: (page: Page) => Promise<T>,
  parts: WebEditionParts = REAL_PARTS,
): Promise<T> {
  const server = await parts.serve()
  try {
    const browser = await parts.launch()
    try {
      return await use(await browser.newPage({ viewport: { width: 1920, height: 1080 } }))
    } finally {
      await browser.close()
    }
  } finally {
    server.kill()
  }
}

function build(): void {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.web.config.ts'], {
    cwd: root,
  })
  if (result.status !== 0) throw new Error(`web build failed: ${String(result.stderr)}`)
}

/** The scripts index.html loads at once (entry and modulepreloads), gzipped. */
function initialJsGzipKb(): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '')
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length,
    0,
  )
  return bytes / 1024
}

function serve(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'scripts', 'web.mjs'), '--no-build'], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolveServer, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('http://127.0.0.1')) resolveServer(child)
    })
    child.on('exit', (code) => {
      reject(new Error(`web server exited (${String(code)})`))
    })
  })
}

async function timeToLibrary(page: Page): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    await page.goto(`http://127.0.0.1:${PORT}/`)
    await page
      .getByRole('button', { name: /^Set up/ })
      .first()
      .waitFor()
    // performance.now() counts from the navigation's start.
    times.push(await page.evaluate(() => performance.now()))
  }
  return median(times)
}

async function openGeneratedScenario(page: Page): Promise<void> {
  const text = stringify(generateScenario({ roles: 12, facts: 200, injects: 10 }))
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open a scenario file…' }).click()
  await (
    await chooser
  ).setFiles({ name: 'generated.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) })
  await page.getByRole('button', { name: 'Set up “Generated scenario”' }).click()
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  await page.getByRole('heading', { name: 'Inject 0' }).waitFor()
}

/** Median time from a click on `selector` to the frame after it is painted. */
async function medianFrame(page: Page, selector: string): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    times.push(
      await page.evaluate(
        `new Promise((done) => {
          const target = document.querySelector(${JSON.stringify(selector)})
          const started = performance.now()
          target.click()
          // rAF runs before the frame's paint; the task after it runs once it is painted.
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - started), 0))
        })`,
      ),
    )
  }
  return median(times)
}

const round = (value: number): number => Math.round(value * 10) / 10
