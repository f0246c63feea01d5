/**
 * The validator never crashes: random mutations of valid scenarios either pass or give
 * located errors, and hostile text gives a clear error in bounded time.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { hasErrors } from '../../../engine/scenario/diagnostic'
import { loadScenario } from '../../../engine/scenario/load'

const fixtures = join(import.meta.dirname, '../../fixtures')
const SOURCES = ['locker-note.yaml', 'valid/minimal.yaml'].map((name) =>
  readFileSync(join(fixtures, name), 'utf8'),
)

type Path = (string | number)[]

function allPaths(value: unknown, path: Path = []): Path[] {
  const children: Path[] = []
  if (Array.isArray(value)) {
    value.forEach((item, i) => children.push(...allPaths(item, [...path, i])))
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value))
      children.push(...allPaths(item, [...path, key]))
  }
  return [path, ...children]
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let value = root
  for (const segment of path.slice(0, -1))
    value = (value as Record<string | number, unknown>)[segment]
  return typeof value === 'object' && value !== null
    ? (value as Record<string | number, unknown>)
    : undefined
}

type Mutation = 'delete' | 'retype' | 'rename' | 'duplicate'

function mutate(text: string, kind: Mutation, pick: number, replacement: unknown): string {
  const root: unknown = parse(text)
  const paths = allPaths(root).filter((path) => path.length > 0)
  const path = paths[pick % paths.length] ?? []
  const parent = parentOf(root, path)
  const key = path[path.length - 1]
  if (parent === undefined || key === undefined) return text
  if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1)
    else Reflect.deleteProperty(parent, key)
  } else if (kind === 'retype') {
    parent[key] = replacement
  } else if (kind === 'rename') {
    const value = parent[key]
    parent[key] = typeof value === 'string' ? `${value}-x` : value
  } else if (Array.isArray(parent)) {
    parent.splice(Number(key), 0, structuredClone(parent[Number(key)]))
  }
  return stringify(root)
}

function expectLocatedOrValid(text: string): void {
  const result = loadScenario(text, 'fuzz.yaml', { imageExists: () => false })
  for (const d of result.diagnostics) {
    expect(d.file).toBe('fuzz.yaml')
    expect(d.line).toBeGreaterThanOrEqual(1)
    expect(d.col).toBeGreaterThanOrEqual(1)
    expect(d.message.length).toBeGreaterThan(10)
    expect(d.message).not.toMatch(/undefined|\[object|Invalid input/)
  }
  expect(result.scenario === undefined).toBe(hasErrors(result.diagnostics))
}

const replacement = fc.oneof(
  fc.constantFrom(5, -1, 2.5, true, null, '', 'x', [], {}, ['x'], { a: 1 }, '07:30', 'teacher'),
  fc.string({ maxLength: 20 }),
)

describe('random mutations of valid scenarios', () => {
  it('pass or give located errors', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SOURCES),
        fc.constantFrom<Mutation>('delete', 'retype', 'rename', 'duplicate'),
        fc.nat(),
        replacement,
        (text, kind, pick, value) => {
          expectLocatedOrValid(mutate(text, kind, pick, value))
        },
      ),
      { numRuns: 120 },
    )
  })

  it('truncated or spliced text passes or gives located errors', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SOURCES),
        fc.nat(),
        fc.oneof(
          fc.constant(''),
          fc.string({ maxLength: 8 }),
          fc.constantFrom(':', '- ', '[', '{', '&a', '*a', '\t', '"', '\n  '),
        ),
        (text, cut, insert) => {
          const at = cut % (text.length + 1)
          expectLocatedOrValid(text.slice(0, at) + insert)
          expectLocatedOrValid(text.slice(0, at) + insert + text.slice(at))
        },
      ),
      { numRuns: 120 },
    )
  })
})

describe('hostile text', () => {
  it('a very long string is fine', () => {
    const text = SOURCES[0]?.replace('title: The note', `title: ${'x'.repeat(1_000_000)}`) ?? ''
    const started = performance.now()
    expect(loadScenario(text, 'long.yaml').scenario?.injects[0]?.title.length).toBe(1_000_000)
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it('deeply nested conditions give a clear error', () => {
    const condition = `${'{ not: '.repeat(60)}{ threat: { atLeast: 1 } }${' }'.repeat(60)}`
    const text =
      SOURCES[1]?.replace('{ decided: { role: teacher, option: tell } }', condition) ?? ''
    const result = loadScenario(text, 'deep.yaml')
    expect(result.diagnostics).toEqual([])
    const deeper = text.replace('{ not: ', '{ not: '.repeat(10))
    expect(loadScenario(deeper, 'deep.yaml').diagnostics.map((d) => d.message)).toEqual([
      'the file is nested too deeply to read; a scenario needs only a few levels',
    ])
  })
})
