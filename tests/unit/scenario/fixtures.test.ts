/**
 * One fixture per validation rule: each file under tests/fixtures/invalid/ lists, at its
 * end, the exact diagnostics it must produce (`# expect: line:col: severity: message`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasErrors } from '../../../engine/scenario/diagnostic'
import { loadScenario } from '../../../engine/scenario/load'

const fixtures = join(import.meta.dirname, '../../fixtures')
const invalid = join(fixtures, 'invalid')

function load(path: string) {
  return loadScenario(readFileSync(path, 'utf8'), path, {
    imageExists: (image) => existsSync(join(dirname(path), image)),
  })
}

function expectations(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('# expect: '))
    .map((line) => line.slice('# expect: '.length))
}

describe('valid fixtures', () => {
  it('the example of docs/format.md has no error, only the warning for its missing image', () => {
    const result = load(join(fixtures, 'locker-note.yaml'))
    expect(result.scenario?.id).toBe('locker-note')
    expect(
      result.diagnostics.map((d) => `${d.line}:${d.col}: ${d.severity}: ${d.message}`),
    ).toEqual([
      '68:16: warning: image "media/note.png" of material 1 of inject "found" is not in the scenario\'s folder; the card will show without it until the file is added',
    ])
  })

  it('the minimal scenario is clean and gets its defaults', () => {
    const result = load(join(fixtures, 'valid/minimal.yaml'))
    expect(result.diagnostics).toEqual([])
    expect(result.scenario?.roles.map((role) => role.player)).toEqual([true, true, false])
    expect(result.scenario?.facts[0]?.safety).toBe(false)
  })
})

describe('invalid fixtures', () => {
  const files = readdirSync(invalid).filter((name) => name.endsWith('.yaml'))

  it('cover every rule', () => {
    expect(files.length).toBeGreaterThanOrEqual(18)
  })

  it.each(files)('%s gives exactly its expected diagnostics', (name) => {
    const path = join(invalid, name)
    const expected = expectations(path)
    expect(expected.length).toBeGreaterThan(0)
    const result = load(path)
    const actual = result.diagnostics.map((d) => {
      expect(d.file).toBe(path)
      return `${d.line}:${d.col}: ${d.severity}: ${d.message}`
    })
    expect(actual).toEqual(expected)
    expect(result.scenario === undefined).toBe(hasErrors(result.diagnostics))
  })
})
