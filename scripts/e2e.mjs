#!/usr/bin/env node
// @ts-check
// `npm run test:e2e`: builds the web edition when any source is newer than the last build,
// then runs Playwright (which serves dist-web itself, see playwright.config.ts).
// Extra arguments go to `playwright test`.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const built = join(root, 'dist-web', 'index.html')
const SOURCES = ['renderer', 'engine', 'scenarios', 'vite.web.config.ts']

/**
 * The latest modification time under `path`, in ms.
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newest(join(path, name))),
    info.mtimeMs,
  )
}

/** @param {string[]} args node's arguments */
function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const stale =
  !existsSync(built) ||
  SOURCES.some(
    (source) =>
      existsSync(join(root, source)) && newest(join(root, source)) > statSync(built).mtimeMs,
  )
if (stale) {
  console.log('e2e: building the web edition')
  run([
    join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--config',
    'vite.web.config.ts',
  ])
}
run([join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', ...process.argv.slice(2)])
