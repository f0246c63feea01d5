/** `ttx validate`, called in-process with a capturing Output. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Output } from '../../../engine/cli/io'
import { run } from '../../../engine/cli/validate'

const fixtures = join(import.meta.dirname, '../../fixtures')

function capture(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) }
}

describe('ttx validate', () => {
  it('exits 0 for valid files and prints their warnings and a summary', async () => {
    const output = capture()
    const files = [join(fixtures, 'locker-note.yaml'), join(fixtures, 'valid/minimal.yaml')]
    expect(await run(files, output)).toBe(0)
    expect(output.stdout).toEqual([
      `${files[0] ?? ''}:68:16: warning: image "media/note.png" of material 1 of inject "found" is not in the scenario's folder; the card will show without it until the file is added`,
      '2 files checked: all valid (0 errors, 1 warning)',
    ])
    expect(output.stderr).toEqual([])
  })

  it('exits 1 with every error of every file, sorted by position', async () => {
    const output = capture()
    const bad = join(fixtures, 'invalid/image-paths.yaml')
    expect(await run([bad, join(fixtures, 'valid/minimal.yaml')], output)).toBe(1)
    const lines = output.stdout.map((line) => line.replace(bad, 'BAD'))
    expect(lines).toHaveLength(5)
    expect(lines.slice(0, 4).map((line) => line.slice(0, 40))).toEqual([
      'BAD:58:31: error: image "/home/trainer/n',
      'BAD:59:31: error: image "media/../../not',
      'BAD:60:31: error: image "media/note.gif"',
      'BAD:61:31: error: image "https://example',
    ])
    expect(lines.at(-1)).toBe('2 files checked: 1 invalid (4 errors, 0 warnings)')
  })

  it('resolves images against the scenario folder, not the working directory', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ttx-validate-'))
    mkdirSync(join(folder, 'media'))
    writeFileSync(join(folder, 'media/note.png'), 'not really a png')
    const file = join(folder, 'scenario.yaml')
    writeFileSync(file, readFileSync(join(fixtures, 'locker-note.yaml'), 'utf8'))
    const output = capture()
    expect(await run([file], output)).toBe(0)
    expect(output.stdout).toEqual(['1 file checked: all valid (0 errors, 0 warnings)'])
  })

  it('reports a missing file and still checks the others', async () => {
    const output = capture()
    expect(await run(['nowhere.yaml', join(fixtures, 'valid/minimal.yaml')], output)).toBe(1)
    expect(output.stderr).toEqual(['nowhere.yaml: file not found'])
    expect(output.stdout).toEqual(['2 files checked: 1 invalid (1 error, 0 warnings)'])
  })

  it('refuses no files or an unknown option with exit code 2 and the usage', async () => {
    await expect(run([], capture())).rejects.toMatchObject({
      message:
        'ttx validate: no scenario given; name a scenario file (.yaml)\nusage: ttx validate <scenario.yaml>...',
      exitCode: 2,
    })
    const refused: unknown = await run(['--fix', 'a.yaml'], capture()).catch((e: unknown) => e)
    expect(refused).toMatchObject({ exitCode: 2 })
    expect((refused as Error).message).toMatch(
      /^ttx validate: unknown option "--fix"; it takes no options\n/,
    )
  })
})
