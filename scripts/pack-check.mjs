#!/usr/bin/env node
// @ts-check
/**
 * Checks the packaging without the real Electron binary (it cannot be downloaded
 * everywhere): validates electron-builder.yml, builds the app, packs it `--dir` for Linux
 * with a stub Electron distribution (`electronDist`: a folder holding a fake executable),
 * and asserts app.asar holds the built app and the scenarios, and no tests or sources.
 *
 * Usage: node scripts/pack-check.mjs [--skip-build]
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { listPackage } from '@electron/asar'
import { Platform, build } from 'electron-builder'
import { parse } from 'yaml'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
/** @type {string[]} */
const problems = []

/**
 * @param {boolean} ok
 * @param {string} message what is wrong when not ok
 */
function check(ok, message) {
  if (!ok) problems.push(message)
}

function buildApp() {
  const cli = join(
    dirname(require.resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  )
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) throw new Error('electron-vite build failed')
}

/** A directory shaped like an unpacked Electron for Linux, with a shell script as the binary. */
/** @param {string} dir */
function stubElectron(dir) {
  const dist = join(dir, 'electron-dist')
  mkdirSync(join(dist, 'resources'), { recursive: true })
  writeFileSync(join(dist, 'electron'), '#!/bin/sh\necho "stub electron"\n')
  chmodSync(join(dist, 'electron'), 0o755)
  const version = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
  writeFileSync(join(dist, 'version'), version)
  writeFileSync(join(dist, 'LICENSE'), 'stub\n')
  return dist
}

/** @param {string} work a scratch folder */
async function pack(work) {
  const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8'))
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    // electron-builder validates the configuration against its schema here.
    config: {
      ...config,
      electronDist: stubElectron(work),
      directories: { output: join(work, 'release') },
    },
  })
  return join(work, 'release', 'linux-unpacked', 'resources', 'app.asar')
}

/** @param {string} asar the path of app.asar */
function inspect(asar) {
  const entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'))
  const has = (/** @type {string} */ path) => entries.includes(path)
  for (const path of [
    '/package.json',
    '/out/main/index.js',
    '/out/preload/index.cjs',
    '/out/renderer/index.html',
  ]) {
    check(has(path), `app.asar lacks ${path}`)
  }
  check(
    entries.some((e) => /^\/out\/renderer\/assets\/.+\.js$/.test(e)),
    'app.asar lacks the renderer bundle',
  )
  check(
    entries.some((e) => /^\/scenarios\/.+\.yaml$/.test(e)),
    'app.asar lacks the shipped scenarios',
  )
  check(
    entries.some((e) => e.startsWith('/node_modules/electron-store/')),
    'app.asar lacks electron-store',
  )
  const own = entries.filter((e) => !e.startsWith('/node_modules/'))
  const forbidden = own.filter(
    (e) =>
      /^\/(tests|electron|engine|renderer|scripts|bench|docs|resources|\.ci|\.scratch|\.cache)(\/|$)/.test(
        e,
      ) ||
      /\.(ts|tsx|map)$/.test(e) ||
      /\/(electron-builder\.yml|tsconfig[^/]*\.json|vitest\.config\.ts|eslint\.config\.js)$/.test(
        e,
      ),
  )
  check(
    forbidden.length === 0,
    `app.asar holds files it must not: ${forbidden.slice(0, 10).join(', ')}`,
  )
  return { total: entries.length, own: own.length }
}

const work = mkdtempSync(join(tmpdir(), 'ntk-pack-'))
try {
  if (!process.argv.includes('--skip-build')) buildApp()
  const asar = await pack(work)
  const counts = inspect(asar)
  if (problems.length > 0) {
    for (const problem of problems) console.error(`pack-check: ${problem}`)
    process.exitCode = 1
  } else {
    console.log(
      `pack-check: ok — app.asar holds ${counts.own} app files and ${counts.total - counts.own} dependency files`,
    )
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
