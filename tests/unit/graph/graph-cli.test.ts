import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { run } from '../../../engine/cli/graph'
import { UserError, type Output } from '../../../engine/cli/io'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const LOCKER_NOTE = join(ROOT, 'tests', 'fixtures', 'locker-note.yaml')

function capture(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) }
}

describe('ttx graph', () => {
  let dir = ''
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ttx-graph-'))
  })
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('prints the Mermaid graph of a valid scenario to stdout', async () => {
    const output = capture()
    expect(await run([LOCKER_NOTE], output)).toBe(0)
    expect(output.stdout.join('')).toContain('flowchart TD')
    expect(output.stdout.join('')).toContain('i_team -->|"otherwise"| i_sro_unaware')
    expect(output.stderr).toEqual([])
  })

  it('writes the graph to --out and keeps stdout empty', async () => {
    const output = capture()
    const out = join(dir, 'graph.mmd')
    expect(await run([LOCKER_NOTE, '--out', out], output)).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('flowchart TD')
    expect(output.stdout).toEqual([])
  })

  it('prints file:line:col errors for an invalid scenario and exits 1', async () => {
    const file = join(dir, 'bad.yaml')
    const text = readFileSync(LOCKER_NOTE, 'utf8').replace('goto: sro-unaware', 'goto: nowhere')
    writeFileSync(file, text)
    const output = capture()
    expect(await run([file], output)).toBe(1)
    expect(output.stdout).toEqual([])
    expect(output.stderr.some((line) => /^.*bad\.yaml:\d+:\d+: error: .*nowhere/.test(line))).toBe(
      true,
    )
  })

  it('rejects a missing file with a UserError naming it (exit 1)', async () => {
    const missing = join(dir, 'missing.yaml')
    const error: unknown = await run([missing], capture()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).exitCode).toBe(1)
    expect((error as UserError).message).toBe(`${missing}: file not found`)
  })

  it('refuses a wrong command line with exit code 2 and the usage', async () => {
    for (const args of [[], ['--out'], ['a.yaml', 'b.yaml'], ['a.yaml', '--svg']]) {
      const refused = await run(args, capture()).catch((error: unknown) => error)
      expect(refused).toBeInstanceOf(UserError)
      expect(refused).toMatchObject({ exitCode: 2 })
      expect((refused as UserError).message).toMatch(
        /^ttx graph: .+\nusage: ttx graph <scenario.yaml> \[--out <file>\]$/,
      )
    }
  })

  it('from the command line: a missing file is one clear line on stderr and exit 1', () => {
    const missing = join(dir, 'missing.yaml')
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'engine', 'cli', 'main.ts'), 'graph', missing],
      { cwd: ROOT, encoding: 'utf8' },
    )
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(`${missing}: file not found\n`)
  })
})
