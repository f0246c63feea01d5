/**
 * The exercise log `ttx-log/1`: the single source of truth of a session. State is a fold
 * over `events`; nothing else is saved that cannot be rebuilt from it.
 */
import { z } from 'zod'
import { Certainty, Clock, DeclineReason, Id, Message } from '../scenario/schema'

export const LOG_FORMAT = 'ttx-log/1'

const Recipients = z.array(Id).min(1)
const Facts = z.array(Id).min(1)

export const ShareEvent = z.strictObject({
  type: z.literal('share'),
  t: Clock,
  from: Id,
  to: Recipients,
  facts: Facts,
  label: Certainty.optional(),
  message: Message.optional(),
})
export const StatementEvent = z.strictObject({
  type: z.literal('statement'),
  t: Clock,
  from: Id,
  to: Recipients,
  text: z.string(),
  certainty: Certainty,
  label: Certainty.optional(),
})
export const DecideEvent = z.strictObject({
  type: z.literal('decide'),
  t: Clock,
  role: Id,
  inject: Id,
  option: Id,
})
export const ActEvent = z.strictObject({ type: z.literal('act'), t: Clock, role: Id, action: Id })
export const DeclineEvent = z.strictObject({
  type: z.literal('decline'),
  t: Clock,
  role: Id,
  to: Recipients,
  facts: Facts,
  reason: DeclineReason,
})
export const AdvanceEvent = z.strictObject({ type: z.literal('advance'), t: Clock.optional() })
export const NoteEvent = z.strictObject({
  type: z.literal('note'),
  t: Clock.optional(),
  text: z.string(),
})
export const EndEvent = z.strictObject({ type: z.literal('end'), t: Clock.optional() })
/**
 * An evaluator's observation (HSEEP, docs/hseep.md): what was seen, optionally against one
 * of the scenario's objectives and signed by its evaluator. It scores nothing and changes no
 * state; the after-action report quotes it as evidence.
 */
export const ObserveEvent = z.strictObject({
  type: z.literal('observe'),
  t: Clock,
  text: z.string().min(1),
  objective: Id.optional(),
  by: z.string().min(1).optional(),
})

export const LOG_EVENT_TYPES = [
  'share',
  'statement',
  'decide',
  'act',
  'decline',
  'advance',
  'note',
  'observe',
  'end',
] as const

export const LogEvent = z.discriminatedUnion('type', [
  ShareEvent,
  StatementEvent,
  DecideEvent,
  ActEvent,
  DeclineEvent,
  AdvanceEvent,
  NoteEvent,
  ObserveEvent,
  EndEvent,
])

export const Log = z.strictObject({
  format: z.literal(LOG_FORMAT),
  scenario: Id,
  policy: z.string().min(1).default('default'),
  events: z.array(LogEvent),
})

export type ShareEvent = z.infer<typeof ShareEvent>
export type StatementEvent = z.infer<typeof StatementEvent>
export type DecideEvent = z.infer<typeof DecideEvent>
export type ActEvent = z.infer<typeof ActEvent>
export type DeclineEvent = z.infer<typeof DeclineEvent>
export type AdvanceEvent = z.infer<typeof AdvanceEvent>
export type NoteEvent = z.infer<typeof NoteEvent>
export type EndEvent = z.infer<typeof EndEvent>
export type ObserveEvent = z.infer<typeof ObserveEvent>
export type LogEvent = z.infer<typeof LogEvent>
export type LogEventType = LogEvent['type']
export type Log = z.infer<typeof Log>
