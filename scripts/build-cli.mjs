#!/usr/bin/env node
// Bundles the `ttx` command (engine/cli/main.ts and what it imports) into one ES module,
// `.cli/ttx.mjs` (git-ignored), with esbuild (installed with tsx). Run by `prepare`, so
// the bundle exists straight after `npm ci`; scripts/ttx.mjs rebuilds it when a source is
// newer. The file is written whole, then renamed into place, so a command started during
// a rebuild never reads half a bundle.
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))
export const BUNDLE = join(ROOT, '.cli', 'ttx.mjs')
const ENTRY = join(ROOT, 'engine', 'cli', 'main.ts')

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
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    outfile: BUNDLE,
    logLevel: 'silent',
    // Bundled CommonJS dependencies may call require(); ES modules have none of their own.
    banner: {
      js: "import { createRequire } from 'node:module';const require = createRequire(import.meta.url);",
    },
  })
  const [output] = result.outputFiles
  if (output === undefined) throw new Error('esbuild wrote nothing')
  mkdirSync(join(ROOT, '.cli'), { recursive: true })
  const partial = `${BUNDLE}.${process.pid}.tmp`
  writeFileSync(partial, output.contents)
  renameSync(partial, BUNDLE)
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
