/**
 * The log and policy loaders never crash: random values, mutations of the shipped files
 * and hostile text (huge strings, deep nesting, invalid UTF-8, alias bombs) either load
 * or give one clear message, located the way each API locates, in bounded time.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { parseLog } from '../../../engine/exercise/parse-log'
import { replay } from '../../../engine/exercise/replay'
import { parsePolicy } from '../../../engine/policy/parse'
import { loadScenario } from '../../../engine/scenario/load'
import type { Scenario } from '../../../engine/scenario/schema'

const root = join(import.meta.dirname, '../../..')
const LOG_TEXT = readFileSync(join(root, 'scenarios/threat-post/logs/reference.json'), 'utf8')
const POLICY_TEXT = readFileSync(join(root, 'policies/default.yaml'), 'utf8')
const loaded = loadScenario(
  readFileSync(join(root, 'scenarios/threat-post/scenario.yaml'), 'utf8'),
  'scenario.yaml',
)
if (loaded.scenario === undefined) throw new Error('the shipped scenario does not load')
const SCENARIO: Scenario = loaded.scenario

/** A message a person can act on. */
function expectClear(message: string): void {
  expect(message.trim().length).toBeGreaterThan(3)
  expect(message).not.toMatch(/undefined|\[object Object\]/)
}

/** Parse, and replay whatever parses: either works or says what is wrong, where. */
function checkLog(text: string): void {
  const parsed = parseLog(text)
  if (!parsed.ok) {
    expectClear(parsed.message)
    return
  }
  const result = replay(SCENARIO, parsed.log)
  if (result.ok) return
  expectClear(result.error.message)
  expect(result.error.index).toBeGreaterThanOrEqual(-1)
  expect(result.error.index).toBeLessThan(parsed.log.events.length)
}

function checkPolicy(text: string): void {
  const result = parsePolicy(text, 'fuzz.yaml')
  for (const d of result.diagnostics) {
    expect(d.file).toBe('fuzz.yaml')
    expect(d.line).toBeGreaterThanOrEqual(1)
    expect(d.col).toBeGreaterThanOrEqual(1)
    expectClear(d.message)
  }
  if (!result.ok) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true)
  else expect(result.diagnostics.every((d) => d.severity !== 'error')).toBe(true)
}

function timed(run: () => void, limit = 2000): void {
  const started = performance.now()
  run()
  expect(performance.now() - started).toBeLessThan(limit)
}

type Path = (string | number)[]

function paths(value: unknown, path: Path = []): Path[] {
  const found: Path[] = [path]
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      found.push(...paths(item, [...path, Array.isArray(value) ? Number(key) : key]))
    }
  }
  return found
}

function holder(rootValue: unknown, path: Path): Record<string | number, unknown> | undefined {
  let value = rootValue
  for (const segment of path.slice(0, -1)) {
    value = (value as Record<string | number, unknown>)[segment]
  }
  return typeof value === 'object' && value !== null
    ? (value as Record<string | number, unknown>)
    : undefined
}

type Mutation = 'delete' | 'retype' | 'swap' | 'unknown-id' | 'duplicate' | 'huge' | 'nest'

const MUTATIONS: readonly Mutation[] = [
  'delete',
  'retype',
  'swap',
  'unknown-id',
  'duplicate',
  'huge',
  'nest',
]

/** Applies one mutation at the `pick`-th path (any depth) of a parsed copy of `value`. */
function mutate(value: unknown, kind: Mutation, pick: number, other: number, to: unknown): unknown {
  const copy: unknown = structuredClone(value)
  const all = paths(copy).filter((path) => path.length > 0)
  const path = all[pick % all.length] ?? []
  const parent = holder(copy, path)
  const key = path[path.length - 1]
  if (parent === undefined || key === undefined) return copy
  const current = parent[key]
  if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1)
    else Reflect.deleteProperty(parent, key)
  } else if (kind === 'retype') {
    parent[key] = to
  } else if (kind === 'swap' && Array.isArray(parent)) {
    const items: unknown[] = parent
    const j = other % items.length
    const here = items[Number(key)]
    items[Number(key)] = items[j]
    items[j] = here
  } else if (kind === 'unknown-id') {
    parent[key] = typeof current === 'string' ? `${current}-nobody` : 'no-such-id'
  } else if (kind === 'duplicate' && Array.isArray(parent)) {
    parent.splice(Number(key), 0, structuredClone(current))
  } else if (kind === 'huge') {
    parent[key] = 'x'.repeat(200_000)
  } else if (kind === 'nest') {
    let deep: unknown = current
    for (let i = 0; i < 1 + (other % 300); i++) deep = Array.isArray(deep) ? [deep] : { a: deep }
    parent[key] = deep
  }
  return copy
}

const replacement = fc.oneof(
  fc.constantFrom(5, -1, 2.5, 1e308, true, null, '', [], {}, ['x'], { a: 1 }, '25:99', '00:00'),
  fc.constantFrom('21:09', '23:59', 'teacher', 'share', 'decide', 'end', 'public', 'health'),
  fc.string({ maxLength: 20 }),
)

const jsonValue = fc.jsonValue({ maxDepth: 4 })

describe('parseLog and replay', () => {
  const LOG: unknown = JSON.parse(LOG_TEXT)

  it('the reference log replays (the fuzzing starts from a valid file)', () => {
    const parsed = parseLog(LOG_TEXT)
    expect(parsed.ok && replay(SCENARIO, parsed.log).ok).toBe(true)
  })

  it('random JSON values load or give a clear message', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        checkLog(JSON.stringify(value))
        checkLog(JSON.stringify({ format: 'ttx-log/1', scenario: 'threat-post', events: value }))
        checkLog(JSON.stringify({ format: 'ttx-log/1', scenario: 'threat-post', events: [value] }))
      }),
      { numRuns: 150 },
    )
  })

  it('mutations of the reference log load and replay, or give a clear message', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MUTATIONS),
        fc.nat(),
        fc.nat(),
        replacement,
        (kind, pick, other, to) => {
          timed(() => {
            checkLog(JSON.stringify(mutate(LOG, kind, pick, other, to)))
          })
        },
      ),
      { numRuns: 200 },
    )
  })

  it('events out of order or swapped give a clear message', () => {
    const log = LOG as { events: Record<string, unknown>[] }
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          log.events.map((_, i) => i),
          { minLength: 1 },
        ),
        fc.constantFrom('00:00', '21:00', '21:11', '23:59', '24:00', '9:5'),
        fc.nat(),
        (order, time, at) => {
          const events = order.map((i) => ({ ...log.events[i] }))
          const target = events[at % events.length]
          if (target !== undefined) target.t = time
          checkLog(JSON.stringify({ ...log, events }))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('truncated, spliced and corrupted text gives a clear message', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.constantFrom('', ',', '}', ']', '"', '\\', '\u0000', '\uFFFD', '\uD800', '\n'),
        ),
        (cut, insert) => {
          const at = cut % (LOG_TEXT.length + 1)
          checkLog(LOG_TEXT.slice(0, at) + insert)
          checkLog(LOG_TEXT.slice(0, at) + insert + LOG_TEXT.slice(at))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('invalid UTF-8 decoded as text gives a clear message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(), (bytes, cut) => {
        const original = Buffer.from(LOG_TEXT, 'utf8')
        const at = cut % (original.length + 1)
        const spliced = Buffer.concat([original.subarray(0, at), bytes, original.subarray(at)])
        checkLog(spliced.toString('utf8'))
        checkLog(Buffer.from(bytes).toString('utf8'))
      }),
      { numRuns: 100 },
    )
  })

  it('hostile text is answered in bounded time', () => {
    const hostile = [
      '',
      ' ',
      '\uFEFF{}',
      'null',
      '[]',
      '"x"',
      `"${'x'.repeat(2_000_000)}"`,
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
      '['.repeat(100_000),
      JSON.stringify({
        format: 'ttx-log/1',
        scenario: 'threat-post',
        events: Array.from({ length: 20_000 }, () => ({ type: 'note', text: 'x' })),
      }),
      JSON.stringify({
        format: 'ttx-log/1',
        scenario: 'threat-post',
        events: [{ type: 'note', text: 'x'.repeat(1_000_000) }],
      }),
    ]
    for (const text of hostile)
      timed(() => {
        checkLog(text)
      }, 3000)
  })

  it('thousands of unclosed brackets are malformed JSON, not a stack overflow', () => {
    const parsed = parseLog('['.repeat(100_000))
    expect(parsed.ok ? '' : parsed.message).toMatch(/^(\d+:\d+: )?malformed JSON: ./)
  })
})

describe('parsePolicy', () => {
  const POLICY: unknown = parse(POLICY_TEXT)

  it('the default policy loads (the fuzzing starts from a valid file)', () => {
    expect(parsePolicy(POLICY_TEXT, 'default.yaml').ok).toBe(true)
  })

  it('random JSON values as YAML load or give located errors', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        checkPolicy(stringify(value))
        checkPolicy(JSON.stringify(value))
        checkPolicy(stringify({ format: 'ttx-policy/1', name: 'x', sensitivities: value }))
      }),
      { numRuns: 150 },
    )
  })

  it('mutations of the default policy load or give located errors', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MUTATIONS),
        fc.nat(),
        fc.nat(),
        replacement,
        (kind, pick, other, to) => {
          timed(() => {
            checkPolicy(stringify(mutate(POLICY, kind, pick, other, to)))
          })
        },
      ),
      { numRuns: 200 },
    )
  })

  it('truncated, spliced and corrupted text loads or gives located errors', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.constantFrom(':', '- ', '[', '{', '&a ', '*a', '\t', '"', '\n  ', '\uFFFD', '!!js'),
        ),
        (cut, insert) => {
          const at = cut % (POLICY_TEXT.length + 1)
          checkPolicy(POLICY_TEXT.slice(0, at) + insert)
          checkPolicy(POLICY_TEXT.slice(0, at) + insert + POLICY_TEXT.slice(at))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('invalid UTF-8 decoded as text gives a located error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 32 }), fc.nat(), (bytes, cut) => {
        const original = Buffer.from(POLICY_TEXT, 'utf8')
        const at = cut % (original.length + 1)
        checkPolicy(
          Buffer.concat([original.subarray(0, at), bytes, original.subarray(at)]).toString('utf8'),
        )
      }),
      { numRuns: 100 },
    )
  })

  it('alias bombs, deep nesting and huge strings are answered in bounded time', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`,
      ),
      'format: ttx-policy/1',
      'name: bomb',
      'sensitivities: *j',
    ].join('\n')
    const hostile = [
      bomb,
      `name: ${'x'.repeat(2_000_000)}`,
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `${'- '.repeat(20_000)}x`,
      `${'a:\n'.repeat(1)}${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i + 1)}b${i}:`).join('\n')}`,
      '&a [*a]',
      '{ a: 1, a: 2 }',
      '\uFEFF',
      '---\n---\n',
      '%YAML 9.9\n---\nx',
    ]
    for (const text of hostile) {
      timed(() => {
        const result = parsePolicy(text, 'fuzz.yaml')
        expect(result.ok).toBe(false)
        checkPolicy(text)
      }, 4000)
    }
  })
})
