#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: builds the app with electron-vite and launches Electron on it. Where the
 * Electron binary could not be downloaded (no network at install time), says so in one
 * line and points to the browser edition, instead of letting `electron` try a download.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

/** The Electron executable, found the way `electron`'s index.js finds it, but never downloaded. */
function electronBinary() {
  let electronDir
  try {
    electronDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = join(electronDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) return join(override, relative ?? 'electron')
  if (relative === null) return null
  const binary = join(electronDir, 'dist', relative)
  return existsSync(binary) ? binary : null
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.error) throw result.error
  return result.status ?? 1
}

/**
 * Electron fetches its binary on first use; do that here, quietly, so a machine with a
 * network gets the app and a machine without one gets one clear line instead of a trace.
 */
function downloadElectron() {
  let installer
  try {
    installer = join(dirname(require.resolve('electron/package.json')), 'install.js')
  } catch {
    return
  }
  if (!existsSync(installer)) return
  console.log('Downloading the Electron binary (first start only)...')
  spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 300_000 })
}

let electron = electronBinary()
if (electron === null) {
  downloadElectron()
  electron = electronBinary()
}
if (electron === null) {
  console.error(
    'Electron is not installed on this machine (its binary could not be downloaded); run "npm run web" for the browser edition.',
  )
  process.exit(1)
}

const viteCli = join(
  dirname(require.resolve('electron-vite/package.json')),
  'bin',
  'electron-vite.js',
)
const built = run(process.execPath, [viteCli, 'build'])
if (built !== 0) process.exit(built)
// "." runs package.json's main, out/main/index.js.
process.exit(run(electron, ['.', ...process.argv.slice(2)]))
