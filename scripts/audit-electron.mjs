#!/usr/bin/env node
/**
 * Electron security audit: Electronegativity over the main, preload and IPC code, failing
 * on any finding above informational that electronegativity-allowlist.json does not
 * justify, on an allowlist entry that no longer matches anything (so the list stays
 * reviewed), and on a file the scanner could not parse (it would be silently unscanned).
 *
 * Scanned: electron/ (the TypeScript sources of main, preload and ipc). Not scanned: out/,
 * because Electronegativity's parser cannot read the built bundles (class private fields
 * and static blocks in out/main and the renderer's chunks), and a part scanned alone
 * reports the global checks (navigation limits, permission handler) as missing.
 *
 * Offline by design: the Electron version comes from node_modules, and the check that
 * fetches Electron's release list from GitHub is skipped (dependency freshness is npm's
 * job). The package's own CLI is not used: it reads options with the commander it finds
 * hoisted (v7 here), which it does not declare, and then sees no input.
 *
 * Usage: npm run audit:electron
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const INPUT = join(root, 'electron')
const ALLOWLIST = join(root, 'electronegativity-allowlist.json')
const INFORMATIONAL = 0

function readAllowlist() {
  const entries = JSON.parse(readFileSync(ALLOWLIST, 'utf8')).entries
  if (!Array.isArray(entries)) throw new Error(`${ALLOWLIST}: "entries" must be a list`)
  entries.forEach((entry, i) => {
    for (const key of ['check', 'file', 'reason']) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '') {
        throw new Error(`${ALLOWLIST}: entries[${i}].${key} must be non-empty text`)
      }
    }
  })
  return entries
}

async function main() {
  const started = performance.now()
  const allowlist = readAllowlist()
  const scanner = require('@doyensec/electronegativity')
  const run = typeof scanner === 'function' ? scanner : scanner.default
  const electronVersion = require('electron/package.json').version
  const result = await run({
    input: INPUT,
    isRelative: true,
    customScan: [],
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    parserPlugins: [],
    electronVersionOverride: electronVersion,
  })

  const problems = []
  for (const error of result.errors) {
    if (!error.tolerable) problems.push(`could not scan ${error.file}: ${error.message}`)
  }
  const used = new Set()
  let allowed = 0
  let informational = 0
  for (const issue of result.issues) {
    const where = `electron/${issue.file}:${issue.location.line}:${issue.location.column}`
    const what = `${issue.id} (${issue.severity.name}, ${issue.confidence.name}) at ${where}`
    if (issue.severity.value <= INFORMATIONAL) {
      informational += 1
      continue
    }
    const entry = allowlist.find((e) => e.check === issue.id && e.file === issue.file)
    if (entry === undefined) {
      problems.push(`${what}: ${issue.shortenedURL ?? ''}`)
    } else {
      used.add(entry)
      allowed += 1
      console.log(`allowed: ${what}\n  because ${entry.reason}`)
    }
  }
  for (const entry of allowlist) {
    if (!used.has(entry)) {
      problems.push(`stale allowlist entry: ${entry.check} in ${entry.file} matches no finding`)
    }
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `electronegativity (Electron ${electronVersion}): ${result.atomicChecks + result.globalChecks} checks, ` +
      `${result.issues.length} findings (${allowed} allowlisted, ${informational} informational) in ${seconds} s`,
  )
  if (problems.length > 0) {
    console.error(`audit:electron failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    process.exitCode = 1
  } else {
    console.log('audit:electron: no findings above informational outside the allowlist')
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exitCode = 1
})
