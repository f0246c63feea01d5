/**
 * The log's own schema (`LogEvent` in log.ts) applied to one event before the session takes
 * it, worded for the person who composed it: the session refuses exactly what the saved
 * log would refuse, so nothing accepted in play can make the save unreadable later.
 */
import type { z } from 'zod'
import { LogEvent, type LogEventType } from './log'
import type { ReplayError } from './replay-types'

/** How each event is named at the start of a sentence. */
const EVENT_NAMES: Readonly<Record<LogEventType, string>> = {
  share: 'A share',
  statement: 'A statement',
  decide: 'A decision',
  act: 'An action',
  decline: 'A decline',
  advance: 'Moving to the next inject',
  note: 'A note',
  end: 'Ending play',
}

/** What a list field must hold at least one of. */
const AT_LEAST_ONE: Readonly<Record<string, string>> = {
  to: 'at least one recipient',
  facts: 'at least one fact',
}

/** The first way `event` breaks the log schema, in plain words; undefined when it fits. */
export function eventShapeProblem(event: unknown, index: number): ReplayError | undefined {
  const result = LogEvent.safeParse(event, { reportInput: true })
  if (result.success) return undefined
  const issue = result.error.issues[0]
  const field = issue?.path[0]
  const name = eventName(event)
  const message = issue === undefined ? `${name} is not a valid event` : describe(name, issue)
  return typeof field === 'string' ? { index, field, message } : { index, message }
}

function eventName(event: unknown): string {
  const type =
    typeof event === 'object' && event !== null && 'type' in event ? event.type : undefined
  return typeof type === 'string' && Object.hasOwn(EVENT_NAMES, type)
    ? EVENT_NAMES[type as LogEventType]
    : 'An event'
}

function describe(name: string, issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.')
  switch (issue.code) {
    case 'too_small': {
      const needs = AT_LEAST_ONE[field]
      return needs === undefined ? `${name} needs a longer "${field}"` : `${name} needs ${needs}`
    }
    case 'unrecognized_keys':
      return `${name} has a field the log does not know: ${issue.keys.map((k) => `"${k}"`).join(', ')}`
    case 'invalid_union':
      return `${name} is not one of the log's events`
    case 'invalid_type':
      return issue.input === undefined
        ? `${name} is missing its "${field}"`
        : `${name} has a "${field}" of the wrong kind`
    case 'invalid_value':
      return `${name}'s "${field}" must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`
    case 'invalid_format':
      return field === 't'
        ? `${name} has a time that is not HH:MM`
        : `${name}'s "${field}" is not in the expected form`
    default:
      return `${name}'s "${field}" is not valid`
  }
}
