/**
 * The shape of a ProjectorState as it crosses between windows (IPC in the desktop app,
 * localStorage in the browser): checked on arrival (renderer/projector/projector-schema.ts keeps it equal to the
 * renderer's ProjectorState), since what another window or an older
 * version wrote is data, not a value to trust. Bounded like every IPC payload.
 */
import { z } from 'zod'
import { MATERIAL_KINDS, ThreatLevel } from '../engine/scenario/schema'

const Text = z.string().max(100_000)
const Short = z.string().max(1_000)

const Material = z.strictObject({
  kind: z.enum(MATERIAL_KINDS),
  from: Short.optional(),
  text: Text.optional(),
  image: Short.optional(),
})

export const ProjectorStateSchema = z.strictObject({
  sessionId: z.string().max(64),
  scenarioTitle: Short,
  clock: z.number().int().min(0).max(1_000_000),
  threat: ThreatLevel,
  ended: z.boolean(),
  inject: z.strictObject({
    title: Short,
    narrative: Text.optional(),
    materials: z.array(Material).max(100).readonly(),
  }),
  notes: Text.optional(),
  facts: z.array(Text).max(1_000).readonly(),
  decisions: z
    .array(z.strictObject({ role: Short, prompt: Text }))
    .max(100)
    .readonly(),
})
export type ProjectorStateData = z.output<typeof ProjectorStateSchema>
