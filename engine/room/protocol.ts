/**
 * The room protocol: what a participant's device may send the host and what the host sends
 * back (see docs/room-hosting.md). Every frame is parsed with these schemas at the socket
 * boundary; anything else is refused with one message. Commands carry no time and no role:
 * the host stamps the time from its clock and the role from the seat the socket holds, so a
 * device can only ever act as its own role.
 */
import { z } from 'zod'
import { Certainty, DeclineReason, Id, Urgency } from '../scenario/schema'
import type { Log } from '../exercise/log'
import type { Scenario } from '../scenario/schema'
import type { RoleView } from './view'

/** The largest frame a device may send, in characters (a share with a full message fits easily). */
export const MAX_CLIENT_FRAME = 16 * 1024
/** The longest free text a participant may type in one field. */
export const MAX_TEXT = 2_000
const MAX_LIST = 64

export const JOIN_CODE_PATTERN = /^[A-HJ-NP-Z2-9]{6}$/
/** Six letters and digits, without the ones that read alike (I/1, O/0). */
export const JoinCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(JOIN_CODE_PATTERN, { error: 'a join code is 6 letters and digits' })
/** 128 random bits as 32 hex digits. */
export const SeatToken = z.string().regex(/^[0-9a-f]{32}$/, { error: 'not a seat token' })
/** Chosen by the device, one per command, reused only when the same command is retried. */
export const IdempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'an idempotency key is 8-64 letters, digits, - or _' })
export const Seq = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)

const Text = z.string().max(MAX_TEXT)
const Recipients = z.array(Id).min(1).max(MAX_LIST)
const Facts = z.array(Id).min(1).max(MAX_LIST)

export const ShareCommand = z.strictObject({
  type: z.literal('share'),
  to: Recipients,
  facts: Facts,
  label: Certainty,
  message: z
    .strictObject({
      goal: Text.optional(),
      urgency: Urgency.optional(),
      known: Text.optional(),
      ask: Text.optional(),
    })
    .optional(),
})
export const StatementCommand = z.strictObject({
  type: z.literal('statement'),
  to: Recipients,
  text: Text.min(1),
  certainty: Certainty,
})
export const DeclineCommand = z.strictObject({
  type: z.literal('decline'),
  to: Recipients,
  facts: Facts,
  reason: DeclineReason,
})
export const ActCommand = z.strictObject({ type: z.literal('act'), action: Id })
export const DecideCommand = z.strictObject({
  type: z.literal('decide'),
  inject: Id,
  option: Id,
})
export const RoleCommand = z.discriminatedUnion('type', [
  ShareCommand,
  StatementCommand,
  DeclineCommand,
  ActCommand,
  DecideCommand,
])
export type RoleCommand = z.infer<typeof RoleCommand>

/** What the facilitator may do from a browser (the headless host's facilitator page). */
export const CONTROL_ACTIONS = ['advance', 'end', 'undo', 'minutes', 'approve', 'remove'] as const
export const Control = z.strictObject({
  type: z.literal('control'),
  table: JoinCode,
  action: z.enum(CONTROL_ACTIONS),
  /** For `approve` and `remove`. */
  role: Id.optional(),
  /** For `minutes`: how far to move the clock on. */
  minutes: z.number().int().min(1).max(240).optional(),
})
export type Control = z.infer<typeof Control>

export const ClientMessage = z.discriminatedUnion('type', [
  /** A new device: the join code shown in the room. */
  z.strictObject({ type: z.literal('join'), code: JoinCode }),
  /** After `join`: the role the device asks for. */
  z.strictObject({ type: z.literal('claim'), role: Id }),
  /** A device that held a seat: its token and the last view it saw. */
  z.strictObject({ type: z.literal('resume'), token: SeatToken, seq: Seq }),
  z.strictObject({ type: z.literal('command'), key: IdempotencyKey, command: RoleCommand }),
  /** The facilitator's page: the key the host printed (never a seat). */
  z.strictObject({ type: z.literal('facilitate'), key: SeatToken }),
  Control,
])
export type ClientMessage = z.infer<typeof ClientMessage>

export interface SeatChoice {
  readonly id: Id
  readonly title: string
  /** Already held by a device. */
  readonly taken: boolean
}

export type HostMessage =
  | { readonly type: 'welcome'; readonly scenario: string; readonly seats: readonly SeatChoice[] }
  /** The device holds the role's seat; until `approved`, it waits for the facilitator. */
  | {
      readonly type: 'seated'
      readonly role: Id
      readonly title: string
      readonly token: string
      readonly approved: boolean
    }
  /** The role's view; `seq` grows with every change of the session on this host. */
  | { readonly type: 'view'; readonly seq: number; readonly view: RoleView }
  | { readonly type: 'accepted'; readonly key: string; readonly seq: number }
  | { readonly type: 'refused'; readonly key: string; readonly message: string }
  /** A frame that is not part of the protocol, or not allowed now. */
  | { readonly type: 'error'; readonly message: string }
  /** The facilitator removed the seat, or the host is closing. */
  | { readonly type: 'closed'; readonly message: string }

/** A table as the facilitator sees it: everything, since the facilitator runs it. */
export interface TableStatus {
  readonly code: string
  readonly title: string
  readonly clock: string
  readonly inject: string
  readonly ended: boolean
  readonly seats: readonly {
    readonly role: Id
    readonly title: string
    readonly approved: boolean
    readonly connected: boolean
  }[]
  /** The parsed scenario and the log, so the facilitator's page can build the debrief. */
  readonly scenario: Scenario
  readonly log: Log
}

export type FacilitatorMessage =
  | { readonly type: 'tables'; readonly tables: readonly TableStatus[] }
  | { readonly type: 'done'; readonly message: string }
  | { readonly type: 'error'; readonly message: string }

/** The frame as a client message, or one plain sentence saying what is wrong with it. */
export function parseClientFrame(
  frame: string,
): { ok: true; message: ClientMessage } | { ok: false; message: string } {
  if (frame.length > MAX_CLIENT_FRAME) {
    return { ok: false, message: `message too large (over ${MAX_CLIENT_FRAME} characters)` }
  }
  let data: unknown
  try {
    data = JSON.parse(frame)
  } catch {
    return { ok: false, message: 'message is not JSON' }
  }
  const parsed = ClientMessage.safeParse(data)
  if (parsed.success) return { ok: true, message: parsed.data }
  const issue = parsed.error.issues[0]
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
  return { ok: false, message: `message not understood${where}: ${issue?.message ?? 'invalid'}` }
}
