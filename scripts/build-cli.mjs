#!/usr/bin/env node
// Bundles the `ttx` command (engine/cli/main.ts and what it imports) into ES modules in
// `.cli/ttx/` (git-ignored), with esbuild (installed with tsx). Run by `prepare`, so the
// bundle exists straight after `npm ci`; scripts/ttx.mjs rebuilds it when a source is newer.
//
// The bundle is split at main.ts's per-command `import()`: `ttx validate` loads zod, yaml
// and the scenario checks, never docx, exceljs or fastify, which is most of its start-up.
// The folder is two levels below the root, like engine/cli/, so host.ts finds dist-web/ at
// `../../dist-web` from either.
//
// A command started during a rebuild never reads half a bundle: every file is written
// whole, then renamed into place; the shared and per-command parts have content-hashed
// names and are all in place before the entry, `ttx.mjs`, is replaced. Parts of earlier
// builds are removed once they are an hour old (a command started from one may still be
// loading them).
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))
const FOLDER = join(ROOT, '.cli', 'ttx')
export const BUNDLE = join(FOLDER, 'ttx.mjs')
const ENTRY = join(ROOT, 'engine', 'cli', 'main.ts')
const STALE_PART_MS = 60 * 60 * 1000

/** What the bundle is built from: the sources it imports, the lock file and this script. */
function newestSource() {
  let newest = Math.max(
    statSync(join(ROOT, 'package-lock.json')).mtimeMs,
    statSync(fileURLToPath(import.meta.url)).mtimeMs,
  )
  /** @param {string} folder */
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs)
    }
  }
  // The command also imports the room host (electron/main/room) and the shared contract.
  for (const folder of ['engine', 'contract', join('electron', 'main', 'room')]) {
    walk(join(ROOT, folder))
  }
  return newest
}

/** True when the bundle is missing or older than a source. */
export function isStale() {
  try {
    return statSync(BUNDLE).mtimeMs < newestSource()
  } catch {
    return true
  }
}

export async function buildCli() {
  const { build } = await import('esbuild')
  const result = await build({
    entryPoints: { ttx: ENTRY },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    outdir: FOLDER,
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'silent',
    // Bundled CommonJS dependencies may call require(); ES modules have none of their own.
    banner: {
      js: "import { createRequire } from 'node:module';const require = createRequire(import.meta.url);",
    },
  })
  const entry = Object.entries(result.metafile.outputs).find(
    ([, output]) => output.entryPoint !== undefined && resolve(ROOT, output.entryPoint) === ENTRY,
  )?.[0]
  if (entry === undefined) throw new Error('esbuild wrote no entry')
  const entryPath = resolve(ROOT, entry)
  mkdirSync(FOLDER, { recursive: true })
  const parts = result.outputFiles.filter((file) => file.path !== entryPath)
  const main = result.outputFiles.find((file) => file.path === entryPath)
  if (main === undefined) throw new Error('esbuild wrote no entry')
  for (const part of parts) writeWhole(part.path, part.contents)
  writeWhole(BUNDLE, main.contents)
  removeOldParts(new Set([BUNDLE, ...parts.map((part) => part.path)]))
}

/**
 * @param {string} path
 * @param {Uint8Array} contents
 */
function writeWhole(path, contents) {
  const partial = `${path}.${process.pid}.tmp`
  writeFileSync(partial, contents)
  renameSync(partial, path)
}

/** @param {ReadonlySet<string>} current */
function removeOldParts(current) {
  const now = Date.now()
  for (const name of readdirSync(FOLDER)) {
    const path = join(FOLDER, name)
    if (current.has(path) || basename(path) === basename(BUNDLE)) continue
    if (now - statSync(path).mtimeMs > STALE_PART_MS) rmSync(path, { force: true })
  }
}

// Run directly (the `prepare` step): a failed build must not fail the install, since
// scripts/ttx.mjs falls back to running from source.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildCli()
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    process.stderr.write(
      `build-cli: the ttx bundle was not built (${reason}); ttx runs from source\n`,
    )
  }
}
