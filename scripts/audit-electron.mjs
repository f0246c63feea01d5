#!/usr/bin/env node
// @ts-check
/**
 * Electron security audit: Electronegativity over the main, preload and IPC code, failing
 * on any finding above informational that electronegativity-allowlist.json does not
 * justify, on an allowlist entry that no longer matches anything (so the list stays
 * reviewed), and on a file the scanner could not parse (it would be silently unscanned).
 * An entry pins its finding by check, file and a substring of the flagged source line
 * (see scripts/audit-allowlist.ts), so a new finding in an allowlisted file still fails.
 *
 * The flagged line is read here from the file at the issue's location.line, not taken
 * from issue.sample: CSP_GLOBAL_CHECK replaces the sample with the policy string it saw.
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
import { tsImport } from 'tsx/esm/api'

/** @type {typeof import('./audit-allowlist')} */
const { matchAllowlist, parseAllowlist, sourceLine } = await tsImport(
  './audit-allowlist.ts',
  import.meta.url,
)

/**
 * What Electronegativity's runner returns, as far as this script reads it (the package
 * ships no types).
 * @typedef {{ value: number, name: string }} Level
 * @typedef {{ id: string, file: string, location?: { line: number, column: number },
 *   severity: Level, confidence: Level, shortenedURL?: string }} Issue
 * @typedef {{ errors: { file: string, message: string, tolerable: boolean }[],
 *   issues: Issue[], atomicChecks: number, globalChecks: number }} ScanResult
 * @typedef {(options: Record<string, unknown>) => Promise<ScanResult>} Scanner
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const load = createRequire(import.meta.url)
const INPUT = join(root, 'electron')
const ALLOWLIST = join(root, 'electronegativity-allowlist.json')
const INFORMATIONAL = 0

function readAllowlist() {
  return parseAllowlist(JSON.parse(readFileSync(ALLOWLIST, 'utf8')), ALLOWLIST)
}

/**
 * The trimmed source line an issue points at, or '' (global checks report file N/A).
 * @param {Issue} issue
 * @param {Map<string, string>} files the sources read so far, by file
 */
function flaggedLine(issue, files) {
  const line = issue.location?.line ?? 0
  if (issue.file === 'N/A' || !(line > 0)) return ''
  let text = files.get(issue.file)
  if (text === undefined) {
    text = readFileSync(join(INPUT, issue.file), 'utf8')
    files.set(issue.file, text)
  }
  return sourceLine(text, line)
}

async function main() {
  const started = performance.now()
  const allowlist = readAllowlist()
  const scanner = /** @type {Scanner | { default: Scanner }} */ (
    load('@doyensec/electronegativity')
  )
  const run = typeof scanner === 'function' ? scanner : scanner.default
  const electronVersion = /** @type {{ version: string }} */ (load('electron/package.json')).version
  const result = await run({
    input: INPUT,
    isRelative: true,
    customScan: [],
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    parserPlugins: [],
    electronVersionOverride: electronVersion,
  })

  /** @type {string[]} */
  const problems = []
  for (const error of result.errors) {
    if (!error.tolerable) problems.push(`could not scan ${error.file}: ${error.message}`)
  }
  /** @type {Map<string, string>} */
  const files = new Map()
  /** @type {import('./audit-allowlist').Finding[]} */
  const findings = []
  let informational = 0
  for (const issue of result.issues) {
    if (issue.severity.value <= INFORMATIONAL) {
      informational += 1
      continue
    }
    findings.push({
      check: issue.id,
      file: issue.file,
      line: issue.location?.line ?? 0,
      column: issue.location?.column ?? 0,
      source: flaggedLine(issue, files),
      label: `${issue.severity.name}, ${issue.confidence.name}`,
      url: issue.shortenedURL ?? '',
    })
  }
  const { allowed, problems: mismatches } = matchAllowlist(findings, allowlist)
  problems.push(...mismatches)
  for (const { finding, entry } of allowed) {
    const at = `electron/${finding.file}:${finding.line}:${finding.column}`
    console.log(`allowed: ${finding.check} (${finding.label}) at ${at}\n  because ${entry.reason}`)
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `electronegativity (Electron ${electronVersion}): ${result.atomicChecks + result.globalChecks} checks, ` +
      `${result.issues.length} findings (${allowed.length} allowlisted, ${informational} informational) in ${seconds} s`,
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
