/**
 * Log text -> a validated `Log`, or one message a person can act on: where the JSON is
 * malformed (line and column), or which field breaks the schema (its JSON path). Pure,
 * so the CLI and the app's file import share it.
 */
import { z } from 'zod'
import { jsonErrorOffset } from './json-position'
import { Log, LOG_EVENT_TYPES, LogEvent } from './log'

export type ParsedLog =
  { readonly ok: true; readonly log: Log } | { readonly ok: false; readonly message: string }

/**
 * The log's own fields, its events left to `LogEvent` one by one: zod builds a copy of
 * whatever it parses, and a copy of 100,000 events at once doubled the memory a long log
 * takes to load. The events kept are the ones `JSON.parse` made, which are what zod would
 * have returned: no event field has a default or a transform (tests/unit/exercise/
 * parse-log.test.ts holds the events to that).
 */
const Envelope = Log.extend({ events: z.array(z.unknown()) })

export function parseLog(text: string): ParsedLog {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { ok: false, message: jsonProblem(text, error) }
  }
  const checked = validated(data)
  if ('log' in checked) return { ok: true, log: checked.log }
  const { issue } = checked
  return {
    ok: false,
    message: issue === undefined ? 'not a valid log' : describeIssue(issue, data),
  }
}

/**
 * The log, or the issue that parsing it whole with `Log` would report first: the log's own
 * fields (in the schema's order), then the events in order, then unknown fields of the
 * log, which zod checks after its known ones.
 */
function validated(
  data: unknown,
): { readonly log: Log } | { readonly issue: z.core.$ZodIssue | undefined } {
  const envelope = Envelope.safeParse(data)
  const issues = envelope.success ? [] : withInput(Envelope, data)
  const ownField = issues.find((issue) => !unknownLogField(issue))
  if (ownField !== undefined) return { issue: ownField }
  // Only unknown fields, if anything: `events` is a list.
  const events = (data as { readonly events: readonly unknown[] }).events
  for (const [index, event] of events.entries()) {
    if (LogEvent.safeParse(event).success) continue
    const [problem] = withInput(LogEvent, event)
    if (problem !== undefined)
      return { issue: { ...problem, path: ['events', index, ...problem.path] } }
  }
  // Every event passed `LogEvent`, and its copy would equal it (see `Envelope`).
  if (envelope.success) return { log: { ...envelope.data, events: events as LogEvent[] } }
  return { issue: issues[0] }
}

/**
 * The issues of a value that failed `schema`, each with the `input` zod 4 leaves out unless
 * asked (without it every wrong type, `"t": 5`, would read as a missing field). Asked only
 * after a failure: asking made every parse several times slower (measured on 100,000
 * events).
 */
function withInput(schema: z.ZodType, value: unknown): readonly z.core.$ZodIssue[] {
  return schema.safeParse(value, { reportInput: true }).error?.issues ?? []
}

function unknownLogField(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'unrecognized_keys' && issue.path.length === 0
}

/** `events[3].t`, or `the log` for the top level. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let text = ''
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    else text += text === '' ? String(segment) : `.${String(segment)}`
  }
  return text === '' ? 'the log' : text
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const where = jsonPath(issue.path)
  switch (issue.code) {
    case 'too_small':
      return `${where}: ${emptyField(issue.path, data) ?? issue.message}`
    case 'unrecognized_keys':
      return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`
    case 'invalid_union':
      // Only the discriminator fails this way: zod points at the event's `type`.
      return `${where}: must be one of ${LOG_EVENT_TYPES.join(', ')}`
    case 'invalid_type':
      if (issue.input === undefined) return `${where}: missing`
      return `${where}: must be ${typeName(issue.expected)}`
    case 'invalid_value':
      return `${where}: must be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`
    default:
      return `${where}: ${issue.message}`
  }
}

/** What an empty list or text means, in the words of the event it belongs to. */
function emptyField(path: readonly PropertyKey[], data: unknown): string | undefined {
  const field = path[path.length - 1]
  const index = path[0] === 'events' && typeof path[1] === 'number' ? path[1] : undefined
  const event = index === undefined ? 'this event' : `event ${index} (${eventType(data, index)})`
  if (field === 'to') return `${event} names no recipient; list at least one role in "to"`
  if (field === 'facts') return `${event} names no fact; list at least one fact in "facts"`
  if (typeof field === 'string') return `${event} has an empty "${field}"; write something in it`
  return undefined
}

function eventType(data: unknown, index: number): string {
  const events = (data as { events?: unknown } | null)?.events
  const type = Array.isArray(events)
    ? (events[index] as { type?: unknown } | null)?.type
    : undefined
  return typeof type === 'string' ? `a ${type}` : 'an event'
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    array: 'a list',
    object: 'an object',
    boolean: 'true or false',
  }
  return names[expected] ?? expected
}

/** JSON.parse names a position, or nothing; a person wants the line and column. */
function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const reason = message
    .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/\s*(in JSON )?at position \d+.*$/s, '')
  const place = placeOf(text, message)
  return place === undefined ? `malformed JSON: ${reason}` : `${place}: malformed JSON: ${reason}`
}

function placeOf(text: string, message: string): string | undefined {
  const named = /at position (\d+)/.exec(message)?.[1]
  const offset = named === undefined ? scannedOffset(text) : Number(named)
  return offset < 0 ? undefined : lineCol(text, offset)
}

/** The scanner recurses per nesting level: thousands of unclosed `[` exhaust the stack. */
function scannedOffset(text: string): number {
  try {
    return jsonErrorOffset(text)
  } catch {
    return -1
  }
}

function lineCol(text: string, position: number): string {
  const before = text.slice(0, position)
  return `${before.split('\n').length}:${position - before.lastIndexOf('\n')}`
}
