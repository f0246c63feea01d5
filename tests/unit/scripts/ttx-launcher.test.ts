/** `npm run ttx`: runs from the bundle, and rebuilds it when a source is newer. */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, utimesSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUNDLE, buildCli, isStale, ROOT } from '../../../scripts/build-cli.mjs'

function ttx(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'ttx.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  })
}

describe('the ttx launcher', () => {
  it('builds a bundle that is fresh, and runs a command from it', async () => {
    await buildCli()
    expect(isStale()).toBe(false)
    const run = ttx('validate', 'scenarios/threat-post/scenario.yaml')
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('1 file checked: all valid')
    expect(run.status).toBe(0)
  }, 60_000)

  it('rebuilds a bundle older than the sources before running', () => {
    const past = new Date('2000-01-01T00:00:00Z')
    utimesSync(BUNDLE, past, past)
    expect(isStale()).toBe(true)
    const run = ttx('graph', 'scenarios/missing-student/scenario.yaml')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^flowchart/m)
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(past.getTime())
    expect(isStale()).toBe(false)
  }, 60_000)

  it('loads the document and server libraries only for the commands that use them', async () => {
    if (isStale()) await buildCli()
    const folder = dirname(BUNDLE)
    const validate = readdirSync(folder).find((name) => name.startsWith('validate-'))
    const aar = readdirSync(folder).find((name) => name.startsWith('aar-'))
    expect(validate).toBeDefined()
    const heavy = /node_modules\/(docx|exceljs|fastify)\//
    expect(heavy.test(staticGraph(folder, ['ttx.mjs', validate ?? '']))).toBe(false)
    expect(staticGraph(folder, [aar ?? ''])).toMatch(/node_modules\/docx\//)
  }, 60_000)

  it('passes on the exit code of a user mistake', () => {
    const run = ttx('validate', 'no-such-file.yaml')
    expect(run.stderr).toContain('no-such-file.yaml: file not found')
    expect(run.status).toBe(1)
  }, 60_000)
})

/** The text of the bundle's files reached from `roots` by static imports (not `import()`). */
function staticGraph(folder: string, roots: readonly string[]): string {
  const seen = new Set<string>()
  const pending = [...roots]
  let text = ''
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (seen.has(name)) continue
    seen.add(name)
    const source = readFileSync(join(folder, name), 'utf8')
    text += source
    for (const match of source.matchAll(/^import[^;]*?from "\.\/([^"]+)";?$/gms)) {
      if (match[1] !== undefined) pending.push(match[1])
    }
  }
  return text
}
