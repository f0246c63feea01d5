/**
 * The desktop console's room ("Let participants join"): the data the renderer and the main
 * process exchange while the console hosts its running session for participants' devices
 * (docs/room-hosting.md, "In the desktop app"). Kept apart from host-schemas.ts so the room
 * is one block to read; parsed at the IPC boundary like every other payload (main parses
 * requests, the preload parses responses and events).
 *
 * Pure: no electron, no fs, no DOM.
 */
import { z } from 'zod'
import { Log } from '../engine/exercise/log'
import { IdempotencyKey, JoinCode, MAX_TEXT, RoleCommand } from '../engine/room/protocol'
import { Id } from '../engine/scenario/schema'
import { LIMITS } from './host-schemas'

/** One of the computer's network addresses the room may listen on. */
export const NetworkChoice = z.strictObject({
  name: z.string().max(LIMITS.shortChars),
  address: z.ipv4(),
})

export const RoomStart = z.strictObject({
  /** The running session's scenario, as the session saved it. */
  scenarioText: z.string().max(LIMITS.textChars),
  log: Log.refine((log) => log.events.length <= LIMITS.events, {
    error: `a log may hold at most ${LIMITS.events} events`,
  }),
  clock: z.number().int().nonnegative(),
  /** Must be one of the computer's addresses (main checks it against its own list). */
  address: z.ipv4(),
  /** Whether the facilitator lets each device in. */
  approve: z.boolean(),
})

export const RoomSync = z.strictObject({
  log: RoomStart.shape.log,
  clock: z.number().int().nonnegative(),
})

export const SeatStatus = z.strictObject({
  role: Id,
  title: z.string().max(MAX_TEXT),
  approved: z.boolean(),
  connected: z.boolean(),
})

export const RoomStatus = z.discriminatedUnion('hosting', [
  z.strictObject({ hosting: z.literal(false) }),
  z.strictObject({
    hosting: z.literal(true),
    /** The page a participant opens, with the join code in it (the QR code's text). */
    joinUrl: z.string().max(LIMITS.pathChars),
    code: JoinCode,
    address: z.ipv4(),
    approve: z.boolean(),
    seats: z.array(SeatStatus).max(LIMITS.roles),
  }),
])

export const SeatAction = z.enum(['approve', 'remove'])

/**
 * A participant's command, sent by main to the console for the engine to check there. `id`
 * pairs it with the console's answer; `key` is the device's idempotency key, so the
 * console answers a retry with its first answer and applies nothing twice.
 */
export const ForwardedCommand = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{32}$/),
  role: Id,
  key: IdempotencyKey,
  command: RoleCommand,
})

/** The console's answer: accepted (appended to the one log) or refused in the engine's words. */
export const CommandAnswer = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), message: z.string().min(1).max(MAX_TEXT) }),
])

export type NetworkChoiceData = z.output<typeof NetworkChoice>
export type RoomStartData = z.output<typeof RoomStart>
export type RoomSyncData = z.output<typeof RoomSync>
export type SeatStatusData = z.output<typeof SeatStatus>
export type RoomStatusData = z.output<typeof RoomStatus>
export type SeatActionData = z.output<typeof SeatAction>
export type ForwardedCommandData = z.output<typeof ForwardedCommand>
export type CommandAnswerData = z.output<typeof CommandAnswer>
