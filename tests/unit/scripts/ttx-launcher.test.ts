/** `npm run ttx`: runs from the bundle, and rebuilds it when a source is newer. */
import { spawnSync } from 'node:child_process'
import { statSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
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

  it('passes on the exit code of a user mistake', () => {
    const run = ttx('validate', 'no-such-file.yaml')
    expect(run.stderr).toContain('no-such-file.yaml: file not found')
    expect(run.status).toBe(1)
  }, 60_000)
})
