/**
 * The shape of a saved session, checked whenever one is read back: storage is outside
 * our control (another tab, an older version, a full disk), so a record is data to
 * validate, not a value to trust. The log inside is checked with the engine's own schema.
 */
import { z } from 'zod'
import { Log } from '../../engine/exercise/log'
import type { SavedSession } from './host-api'

const ClockMode = z.union([
  z.strictObject({ kind: z.literal('manual') }),
  z.strictObject({ kind: z.literal('real-time'), speed: z.number().positive() }),
])

const SessionSetup = z.strictObject({
  scenarioId: z.string().min(1),
  scenarioText: z.string(),
  tableName: z.string(),
  roles: z.array(z.string()),
  policy: z.string().min(1),
  policyText: z.string().optional(),
  clock: ClockMode,
})

export const SavedSessionRecord = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  setup: SessionSetup,
  log: Log,
  finished: z.boolean(),
  updatedAt: z.string(),
})

/** The parsed record, or the reason it is not one. */
export function parseSavedSession(
  value: unknown,
): { ok: true; session: SavedSession } | { ok: false; reason: string } {
  const result = SavedSessionRecord.safeParse(value)
  if (result.success) return { ok: true, session: result.data }
  const first = result.error.issues[0]
  const where = first?.path.join('.') ?? ''
  return { ok: false, reason: `${where === '' ? 'record' : where}: ${first?.message ?? 'invalid'}` }
}
