/**
 * The pure part of npm run audit:electron: reading electronegativity-allowlist.json and
 * matching Electronegativity's findings against it. No I/O here, so tests/unit/scripts can
 * check the rules without running the scanner. (TypeScript, loaded by audit-electron.mjs
 * through tsx's tsImport, as plain node does not run .ts files.)
 *
 * An entry allows a finding when its check and file are the finding's and its `code` is a
 * substring of the finding's source line (the line its location points at, trimmed). So an
 * entry survives the line moving, but a new finding of the same check in the same file on
 * another line is not allowed. Each entry must match exactly `count` findings (default 1;
 * more only for identical lines, such as two windows built the same way), and a finding
 * that two entries match is an error too. A finding with no source line (a global check
 * reporting something missing, file N/A) cannot be allowlisted: fix it.
 */

/** One entry of electronegativity-allowlist.json. */
export interface AllowlistEntry {
  /** Electronegativity's check id, e.g. SANDBOX_JS_CHECK. */
  readonly check: string
  /** Path relative to electron/, e.g. main/window.ts. */
  readonly file: string
  /** A distinctive substring of the flagged source line, as trimmed. */
  readonly code: string
  /** How many findings the entry covers (identical lines); 1 when absent. */
  readonly count?: number
  /** Why the finding is a false positive or accepted, for a reviewer to check. */
  readonly reason: string
}

/** An Electronegativity issue above informational, with the source line it points at. */
export interface Finding {
  /** The id. */
  readonly check: string
  /** The file, relative to electron/, or N/A for a global check's missing thing. */
  readonly file: string
  /** The location.line (1-based), 0 when it has none. */
  readonly line: number
  /** The location.column. */
  readonly column: number
  /** The source line at `line`, trimmed; '' when there is none. */
  readonly source: string
  /** Severity and confidence, e.g. "MEDIUM, FIRM". */
  readonly label: string
  /** Electronegativity's link for the check. */
  readonly url: string
}

export interface MatchResult {
  readonly allowed: { readonly finding: Finding; readonly entry: AllowlistEntry }[]
  /** One line each; the audit fails when there is any. */
  readonly problems: string[]
}

const KEYS = new Set(['check', 'file', 'code', 'count', 'reason'])
const TEXT_KEYS = ['check', 'file', 'code', 'reason'] as const

/** Validates the parsed allowlist document and returns its entries; `name` is for messages. */
export function parseAllowlist(document: unknown, name: string): AllowlistEntry[] {
  const entries: unknown =
    typeof document === 'object' && document !== null && 'entries' in document
      ? document.entries
      : undefined
  if (!Array.isArray(entries)) throw new Error(`${name}: "entries" must be a list`)
  return entries.map((entry: unknown, i): AllowlistEntry => {
    const at = `${name}: entries[${i}]`
    if (typeof entry !== 'object' || entry === null) throw new Error(`${at} must be an object`)
    const fields = entry as Record<string, unknown>
    for (const key of Object.keys(fields)) {
      if (!KEYS.has(key)) throw new Error(`${at} has unknown key "${key}"`)
    }
    const text = (key: (typeof TEXT_KEYS)[number]): string => {
      const value = fields[key]
      if (typeof value !== 'string' || value.trim() === '') {
        throw new Error(`${at}.${key} must be non-empty text`)
      }
      return value
    }
    const [check, file, code, reason] = TEXT_KEYS.map(text) as [string, string, string, string]
    if (code !== code.trim()) {
      throw new Error(`${at}.code must not start or end with spaces (lines are trimmed)`)
    }
    const count = fields.count
    if (count === undefined) return { check, file, code, reason }
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
      throw new Error(`${at}.count must be a whole number of at least 1`)
    }
    return { check, file, code, count, reason }
  })
}

/** The trimmed text of a 1-based line, or '' when the line does not exist. */
export function sourceLine(text: string, line: number): string {
  if (!Number.isInteger(line) || line < 1) return ''
  return (text.split('\n')[line - 1] ?? '').trim()
}

function where(finding: Finding): string {
  return finding.line > 0
    ? `electron/${finding.file}:${finding.line}:${finding.column}`
    : finding.file
}

function describeEntry(entry: AllowlistEntry, i: number): string {
  return `allowlist entries[${i}] (${entry.check}, ${entry.file}, code ${JSON.stringify(entry.code)})`
}

/** Matches findings above informational against the allowlist entries. */
export function matchAllowlist(
  findings: readonly Finding[],
  entries: readonly AllowlistEntry[],
): MatchResult {
  const allowed: MatchResult['allowed'] = []
  const problems: string[] = []
  const matchedBy: Finding[][] = entries.map(() => [])

  for (const finding of findings) {
    const matching = entries.flatMap((entry, i) =>
      entry.check === finding.check &&
      entry.file === finding.file &&
      finding.source !== '' &&
      finding.source.includes(entry.code)
        ? [i]
        : [],
    )
    const what = `${where(finding)}: ${finding.check} (${finding.label})`
    const first = matching[0]
    if (first === undefined) {
      problems.push(
        finding.source === ''
          ? `${what} has no source line and cannot be allowlisted: fix it (${finding.url})`
          : `${what} on ${JSON.stringify(finding.source)} is not allowlisted: fix it, or add an ` +
              `entry with this check, file, a "code" from that line and a reason (${finding.url})`,
      )
    } else if (matching.length > 1) {
      const which = matching.map((i) => `entries[${i}]`).join(', ')
      problems.push(
        `${what} matches ${matching.length} allowlist entries (${which}): make their "code" distinct`,
      )
    } else {
      matchedBy[first]?.push(finding)
    }
  }

  entries.forEach((entry, i) => {
    const matched = matchedBy[i] ?? []
    const expected = entry.count ?? 1
    if (matched.length === expected) {
      for (const finding of matched) allowed.push({ finding, entry })
    } else if (matched.length === 0) {
      problems.push(
        `electron/${entry.file}: ${describeEntry(entry, i)} matches no finding: ` +
          'remove the entry, or update its "code" if the flagged line changed',
      )
    } else {
      const lines = matched.map((f) => f.line).join(',')
      problems.push(
        `electron/${entry.file}:${lines}: ${describeEntry(entry, i)} matches ${matched.length} ` +
          `findings but allows ${expected}: ` +
          (matched.length > expected
            ? 'a new finding on an identical line; fix it, or raise "count" once reviewed'
            : 'lower its "count"'),
      )
    }
  })
  return { allowed, problems }
}
