#!/usr/bin/env node
// `npm run ttx -- …`: runs the `ttx` command from its bundle in `.cli/` (built by the
// `prepare` step after `npm ci`, see scripts/build-cli.mjs), which starts several times
// faster than compiling TypeScript on every call. When a source is newer than the bundle
// it is rebuilt first; if it cannot be built, the command runs from source with tsx.
import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { buildCli, BUNDLE, isStale, ROOT } from './build-cli.mjs'

async function bundleReady() {
  if (!isStale()) return true
  try {
    await buildCli()
    return true
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    process.stderr.write(`ttx: could not build the command (${reason}); running from source\n`)
    return false
  }
}

if (await bundleReady()) {
  await import(pathToFileURL(BUNDLE).href)
} else {
  const fromSource = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'engine/cli/main.ts', ...process.argv.slice(2)],
    { cwd: ROOT, stdio: 'inherit' },
  )
  process.exitCode = fromSource.status ?? 1
}
