import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../../engine/scenario/diagnostic'
import { MAX_YAML_CHARS } from '../../../engine/scenario/yaml-limits'
import { parseYamlWithPositions } from '../../../engine/scenario/yaml-source'

const TEXT = `title: Drill
roles:
  - id: teacher
    kind: school-staff
  - id: nurse
    kind: school-health
reveal:
  nurse: [allergy]
`

describe('parseYamlWithPositions', () => {
  const source = parseYamlWithPositions(TEXT, 'drill.yaml')

  it('gives the plain data', () => {
    expect(source.diagnostics).toEqual([])
    expect(source.value).toEqual({
      title: 'Drill',
      roles: [
        { id: 'teacher', kind: 'school-staff' },
        { id: 'nurse', kind: 'school-health' },
      ],
      reveal: { nurse: ['allergy'] },
    })
  })

  it('locates a value, a key and a list item (1-based)', () => {
    expect(source.locate(['roles', 1, 'kind'])).toEqual({ line: 6, col: 11 })
    expect(source.locate(['roles', 1, 'kind'], 'key')).toEqual({ line: 6, col: 5 })
    expect(source.locate(['reveal', 'nurse', 0])).toEqual({ line: 8, col: 11 })
    expect(source.locate([])).toEqual({ line: 1, col: 1 })
  })

  it('locates a missing field at the object it is missing from', () => {
    expect(source.locate(['roles', 0, 'title'])).toEqual({ line: 3, col: 5 })
    expect(source.locate(['roles', 7, 'title'])).toEqual({ line: 3, col: 3 })
  })

  it('locates through aliases', () => {
    const aliased = parseYamlWithPositions('base: &b\n  x: 1\ncopy: *b\n', 'a.yaml')
    expect(aliased.locate(['copy', 'x'])).toEqual({ line: 2, col: 6 })
  })

  it('makes located diagnostics', () => {
    const d = source.diagnostic(['title'], 'error', 'too short')
    expect(formatDiagnostic(d)).toBe('drill.yaml:1:8: error: too short')
  })
})

describe('unreadable YAML gives one located error', () => {
  const only = (text: string) => {
    const source = parseYamlWithPositions(text, 's.yaml')
    expect(source.value).toBeUndefined()
    expect(source.diagnostics).toHaveLength(1)
    return formatDiagnostic(source.diagnostics[0] ?? source.diagnostic([], 'error', 'none'))
  }

  it('a syntax error, at its place', () => {
    expect(only('title: [Drill\nid: x\n')).toBe(
      's.yaml:2:1: error: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
    )
  })

  it('a duplicate key', () => {
    expect(only('id: a\ntitle: b\nid: c\n')).toBe(
      's.yaml:3:1: error: this field appears twice in the same place; keep only one',
    )
  })

  it('a tab used for indentation', () => {
    expect(only('roles:\n\t- id: a\n')).toBe(
      's.yaml:2:1: error: tabs cannot indent YAML; indent with spaces',
    )
  })

  it('two documents in one file', () => {
    expect(only('id: a\n---\nid: b\n')).toMatch(/^s\.yaml:2:1: error: the file holds more than one/)
  })

  it('an alias bomb, quickly', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'.split('').map((name, i) => {
        const previous = 'abcdefghi'[i] ?? 'a'
        return `${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`
      }),
    ].join('\n')
    const started = performance.now()
    expect(only(bomb)).toMatch(
      /^s\.yaml:2:\d+: error: the file's aliases \(\*name\) expand to too much data/,
    )
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('invalid UTF-8 (decoded into replacement characters)', () => {
    const text = new TextDecoder().decode(
      new Uint8Array([...Buffer.from('id: a\ntitle: '), 0xff, 0xfe]),
    )
    expect(only(text)).toBe(
      's.yaml:2:8: error: the file is not valid UTF-8 text (an unreadable character is here); save it as UTF-8',
    )
  })

  // Shapes on which the yaml parser itself recursed until it ran out of memory.
  it.each([
    ['flow sequences', `a: ${'['.repeat(50_000)}${']'.repeat(50_000)}`, '1:68'],
    ['flow mappings', `${'{a: '.repeat(10_000)}x${'}'.repeat(10_000)}`, '1:257'],
    ['compact sequences', `${'- '.repeat(100_000)}x`, '1:129'],
    ['complex keys', `${'? '.repeat(100_000)}x`, '1:129'],
    ['compact mappings', `${'a: '.repeat(100_000)}x`, '1:194'],
  ])('very deep nesting: %s, quickly', (_shape, text, place) => {
    const started = performance.now()
    expect(only(text)).toBe(
      `s.yaml:${place}: error: the file is nested too deeply to read; a scenario needs only a few levels`,
    )
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('deep block indentation within the size limit, quickly', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')
    const started = performance.now()
    expect(only(text)).toMatch(/error: the file is nested too deeply to read/)
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it('a file far larger than any scenario', () => {
    expect(only(`title: "${'x'.repeat(MAX_YAML_CHARS)}"`)).toMatch(
      /^s\.yaml:1:1: error: the file is too large/,
    )
  })
})
