import { describe, expect, it } from 'vitest'
import {
  matchAllowlist,
  parseAllowlist,
  sourceLine,
  type AllowlistEntry,
  type Finding,
} from '../../../scripts/audit-allowlist'

const WINDOW_LINE = 'const window = new BrowserWindow({'

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    check: 'SANDBOX_JS_CHECK',
    file: 'main/window.ts',
    line: 35,
    column: 17,
    source: WINDOW_LINE,
    label: 'MEDIUM, FIRM',
    url: 'https://git.io/JeuM2',
    ...overrides,
  }
}

function entry(overrides: Partial<AllowlistEntry> = {}): AllowlistEntry {
  return {
    check: 'SANDBOX_JS_CHECK',
    file: 'main/window.ts',
    code: WINDOW_LINE,
    reason: 'securePreferences() sets sandbox: true; the scanner does not follow the call.',
    ...overrides,
  }
}

describe('matchAllowlist', () => {
  it('allows a listed finding', () => {
    const listed = finding()
    const result = matchAllowlist([listed], [entry()])
    expect(result.problems).toEqual([])
    expect(result.allowed).toEqual([{ finding: listed, entry: entry() }])
  })

  it('still allows the finding when its line moved but kept its content', () => {
    const result = matchAllowlist([finding({ line: 80, column: 3 })], [entry()])
    expect(result.problems).toEqual([])
    expect(result.allowed).toHaveLength(1)
  })

  it('matches code as a substring of the trimmed line', () => {
    const result = matchAllowlist(
      [finding({ source: "responseHeaders: { 'Content-Security-Policy': [csp] }," })],
      [entry({ code: "'Content-Security-Policy': [csp]" })],
    )
    expect(result.problems).toEqual([])
  })

  it('refuses a finding of the same check and file on a different line', () => {
    const listed = finding()
    const added = finding({
      line: 67,
      column: 54,
      source: 'const extra = new BrowserWindow({ webPreferences: { sandbox: false } })',
    })
    const result = matchAllowlist([listed, added], [entry()])
    expect(result.allowed.map((a) => a.finding)).toEqual([listed])
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatch(
      /^electron\/main\/window\.ts:67:54: SANDBOX_JS_CHECK \(MEDIUM, FIRM\) on ".*sandbox: false.*" is not allowlisted/,
    )
  })

  it('refuses a finding of a listed line in another check or file', () => {
    const result = matchAllowlist(
      [finding({ check: 'CONTEXT_ISOLATION_JS_CHECK' }), finding({ file: 'main/pdf.ts' })],
      [entry()],
    )
    expect(result.allowed).toEqual([])
    expect(result.problems.filter((p) => p.includes('is not allowlisted'))).toHaveLength(2)
  })

  it('fails an entry that matches no finding', () => {
    const result = matchAllowlist([], [entry()])
    expect(result.allowed).toEqual([])
    expect(result.problems).toEqual([
      `electron/main/window.ts: allowlist entries[0] (SANDBOX_JS_CHECK, main/window.ts, code "${WINDOW_LINE}") ` +
        'matches no finding: remove the entry, or update its "code" if the flagged line changed',
    ])
  })

  it('fails an entry whose line content changed, and the finding with it', () => {
    const result = matchAllowlist(
      [finding({ source: 'const win = new BrowserWindow({' })],
      [entry()],
    )
    expect(result.allowed).toEqual([])
    expect(result.problems).toHaveLength(2)
    expect(result.problems[0]).toContain('is not allowlisted')
    expect(result.problems[1]).toContain('matches no finding')
  })

  it('fails a second finding on an identical line unless count allows it', () => {
    const twoWindows = [finding({ line: 35 }), finding({ line: 54 })]
    const strict = matchAllowlist(twoWindows, [entry()])
    expect(strict.allowed).toEqual([])
    expect(strict.problems).toHaveLength(1)
    expect(strict.problems[0]).toMatch(
      /^electron\/main\/window\.ts:35,54: .* matches 2 findings but allows 1: a new finding/,
    )

    expect(matchAllowlist(twoWindows, [entry({ count: 2 })])).toMatchObject({
      problems: [],
      allowed: [{ finding: { line: 35 } }, { finding: { line: 54 } }],
    })

    const third = matchAllowlist([...twoWindows, finding({ line: 67 })], [entry({ count: 2 })])
    expect(third.allowed).toEqual([])
    expect(third.problems[0]).toContain('matches 3 findings but allows 2')

    const one = matchAllowlist([finding()], [entry({ count: 2 })])
    expect(one.problems[0]).toContain('matches 1 findings but allows 2: lower its "count"')
  })

  it('fails a finding that two entries match', () => {
    const result = matchAllowlist([finding()], [entry(), entry({ code: 'new BrowserWindow(' })])
    expect(result.allowed).toEqual([])
    expect(result.problems[0]).toContain('matches 2 allowlist entries (entries[0], entries[1])')
  })

  it('never allows a finding with no source line', () => {
    const global = finding({
      check: 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      file: 'N/A',
      line: 0,
      column: 0,
      source: '',
    })
    const result = matchAllowlist(
      [global],
      [entry({ check: global.check, file: 'N/A', code: 'x' })],
    )
    expect(result.allowed).toEqual([])
    expect(result.problems[0]).toMatch(
      /^N\/A: PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK .* cannot be allowlisted/,
    )
  })
})

describe('parseAllowlist', () => {
  const valid = { check: 'SANDBOX_JS_CHECK', file: 'main/pdf.ts', code: WINDOW_LINE, reason: 'r' }

  it('accepts entries with check, file, code, reason and an optional count', () => {
    expect(parseAllowlist({ entries: [valid, { ...valid, count: 2 }] }, 'a.json')).toHaveLength(2)
  })

  it.each([
    [{ entries: {} }, 'a.json: "entries" must be a list'],
    [
      { entries: [{ ...valid, code: undefined }] },
      'a.json: entries[0].code must be non-empty text',
    ],
    [{ entries: [{ ...valid, code: '  ' }] }, 'a.json: entries[0].code must be non-empty text'],
    [
      { entries: [{ ...valid, code: ' x' }] },
      'a.json: entries[0].code must not start or end with spaces',
    ],
    [{ entries: [{ ...valid, reason: '' }] }, 'a.json: entries[0].reason must be non-empty text'],
    [{ entries: [{ ...valid, count: 0 }] }, 'a.json: entries[0].count must be a whole number'],
    [{ entries: [{ ...valid, count: 1.5 }] }, 'a.json: entries[0].count must be a whole number'],
    [{ entries: [{ ...valid, cout: 2 }] }, 'a.json: entries[0] has unknown key "cout"'],
  ])('refuses %j', (document, message) => {
    expect(() => parseAllowlist(document, 'a.json')).toThrow(message)
  })
})

describe('sourceLine', () => {
  it('returns the trimmed 1-based line, or nothing for a missing one', () => {
    const text = 'first\n  const window = new BrowserWindow({\r\nlast'
    expect(sourceLine(text, 2)).toBe(WINDOW_LINE)
    expect(sourceLine(text, 0)).toBe('')
    expect(sourceLine(text, 9)).toBe('')
  })
})
