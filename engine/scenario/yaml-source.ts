/**
 * YAML text -> plain data that remembers where each value came from. Any loader with its
 * own zod schema (scenarios, policy profiles) parses with this, then turns problems at a
 * data path (`['roles', 2, 'kind']`) into `file:line:col` diagnostics with `locate`.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type YAMLError,
} from 'yaml'
import type { Diagnostic, Severity } from './diagnostic'
import { excessiveNesting, MAX_ALIAS_COUNT, MAX_YAML_CHARS } from './yaml-limits'

export type PathSegment = string | number
export type DataPath = readonly PathSegment[]
/** For a field: point at its name (`key`, e.g. an unknown field) or at its value. */
export type Target = 'key' | 'value'

export interface Position {
  readonly line: number
  readonly col: number
}

export interface YamlSource {
  readonly file: string
  /** The plain data; `undefined` when the text could not be read (see `diagnostics`). */
  readonly value: unknown
  /** Syntax errors and warnings; any error means `value` is `undefined`. */
  readonly diagnostics: readonly Diagnostic[]
  /**
   * Where the node at `path` starts. When the path goes further than the file (a missing
   * field), the deepest node that exists: the object the field is missing from.
   */
  locate(path: DataPath, target?: Target): Position
  /** A diagnostic located at `path`. */
  diagnostic(path: DataPath, severity: Severity, message: string, target?: Target): Diagnostic
}

const TOO_DEEP = 'the file is nested too deeply to read; a scenario needs only a few levels'
const START: Position = { line: 1, col: 1 }

export function parseYamlWithPositions(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter()
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return line === 0 ? START : { line, col }
  }
  const located = (at: Position, severity: Severity, message: string): Diagnostic => ({
    file,
    ...at,
    severity,
    message,
  })
  const fail = (at: Position, message: string): YamlSource =>
    sourceOf(file, undefined, [located(at, 'error', message)], () => START)

  if (text.length > MAX_YAML_CHARS) {
    return fail(
      START,
      `the file is too large (${text.length} characters; a scenario is at most ${MAX_YAML_CHARS})`,
    )
  }
  const tooDeep = excessiveNesting(text)
  if (tooDeep !== undefined) return fail(position(countLines(text, lineCounter, tooDeep)), TOO_DEEP)
  const badByte = text.indexOf('\uFFFD')
  let doc: Document.Parsed
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  } catch {
    // The parser recurses per nesting level; a pathological file can exhaust the stack.
    return fail(START, TOO_DEEP)
  }
  if (badByte >= 0) {
    return fail(
      position(badByte),
      'the file is not valid UTF-8 text (an unreadable character is here); save it as UTF-8',
    )
  }
  const locate = (path: DataPath, target: Target = 'value'): Position =>
    position(offsetOf(doc, path, target))
  // Only the first syntax error: the ones after it are usually its echoes.
  const [firstError] = doc.errors
  if (firstError !== undefined) {
    const unclosed = unclosedQuote(firstError, text)
    if (unclosed !== undefined) return fail(unclosed.at, unclosed.message)
    return fail(position(firstError.pos[0]), syntaxMessage(firstError))
  }
  const problems = doc.warnings.map((w) => located(position(w.pos[0]), 'warning', syntaxMessage(w)))
  try {
    return sourceOf(file, doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems, locate)
  } catch {
    return fail(
      position(firstAliasOffset(doc)),
      `the file's aliases (*name) expand to too much data (more than ${MAX_ALIAS_COUNT} copies); write the values out or use fewer aliases`,
    )
  }
}

/** Fills the line counter up to `offset` (the parser has not run) and returns `offset`. */
function countLines(text: string, lineCounter: LineCounter, offset: number): number {
  lineCounter.addNewLine(0)
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    lineCounter.addNewLine(i + 1)
  }
  return offset
}

function sourceOf(
  file: string,
  value: unknown,
  diagnostics: readonly Diagnostic[],
  locate: (path: DataPath, target?: Target) => Position,
): YamlSource {
  return {
    file,
    value,
    diagnostics,
    locate,
    diagnostic: (path, severity, message, target) => ({
      file,
      ...locate(path, target),
      severity,
      message,
    }),
  }
}

/** Walks the syntax tree along `path`, through aliases, as far as the file goes. */
function offsetOf(doc: Document.Parsed, path: DataPath, target: Target): number {
  let node: unknown = doc.contents
  let offset = rangeStart(node) ?? 0
  for (const [index, segment] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc)
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      )
      if (pair === undefined) return offset
      const isLast = index === path.length - 1
      const keyStart = rangeStart(pair.key) ?? offset
      if (isLast && target === 'key') return keyStart
      node = pair.value
      offset = rangeStart(node) ?? keyStart
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment]
      const start = rangeStart(node)
      if (start === undefined) return offset
      offset = start
    } else {
      return offset
    }
  }
  return offset
}

function rangeStart(node: unknown): number | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined
  const range: unknown = node.range
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined
}

function firstAliasOffset(doc: Document.Parsed): number {
  let offset = 0
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0
      return visit.BREAK
    },
  })
  return offset
}

const FRIENDLY: Partial<Record<YAMLError['code'], string>> = {
  DUPLICATE_KEY: 'this field appears twice in the same place; keep only one',
  TAB_AS_INDENT: 'tabs cannot indent YAML; indent with spaces',
  MULTIPLE_DOCS:
    'the file holds more than one YAML document (a line "---"); keep one scenario per file',
  BAD_ALIAS: 'this alias (*name) refers to no anchor (&name) defined before it',
}

function syntaxMessage(error: YAMLError): string {
  const raw = error.message.split('\n')[0] ?? error.message
  // The parser reports its own stack overflow as an error at the node it was reading.
  if (raw.includes('call stack')) return TOO_DEEP
  return FRIENDLY[error.code] ?? `YAML syntax: ${raw}`
}

/**
 * A quoted value never closed: the parser reads on to the end of the file and says so
 * there, but the mistake is where the quote opened. That is the first line where a value
 * opens with the quote and the line holds no closing one.
 */
export function unclosedQuote(
  error: YAMLError,
  text: string,
): { at: Position; message: string } | undefined {
  const quote = /Missing closing (["'])quote/.exec(error.message)?.[1]
  if (error.code !== 'MISSING_CHAR' || quote === undefined) return undefined
  const opens = new RegExp(`(^\\s*|:\\s+|-\\s+|[[{,]\\s*)${quote}(?!.*${quote})`)
  const lines = text.split(/\r?\n/)
  for (const [i, line] of lines.entries()) {
    const match = opens.exec(line)
    if (match === null) continue
    return {
      at: { line: i + 1, col: match.index + (match[1]?.length ?? 0) + 1 },
      message: `this value opens with ${quote} but never closes it: add the closing ${quote} at its end`,
    }
  }
  return undefined
}
