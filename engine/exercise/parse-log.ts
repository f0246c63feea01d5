/**
 * Log text -> a validated `Log`, or one message a person can act on: where the JSON is
 * malformed (line and column), or which field breaks the schema (its JSON path). Pure,
 * so the CLI and the app's file import share it.
 */
import type { z } from 'zod'
import { jsonErrorOffset } from './json-position'
import { Log, LOG_EVENT_TYPES } from './log'

export type ParsedLog =
  { readonly ok: true; readonly log: Log } | { readonly ok: false; readonly message: string }

export function parseLog(text: string): ParsedLog {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { ok: false, message: jsonProblem(text, error) }
  }
  // zod 4 leaves `input` out of its issues unless asked; without it every wrong type
  // (`"t": 5`) would read as a missing field.
  const result = Log.safeParse(data, { reportInput: true })
  if (result.success) return { ok: true, log: result.data }
  const issue = result.error.issues[0]
  return {
    ok: false,
    message: issue === undefined ? 'not a valid log' : describeIssue(issue, data),
  }
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
