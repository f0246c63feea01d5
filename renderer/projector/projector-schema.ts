/**
 * Parsing a ProjectorState that arrives from another window: the contract's schema
 * (contract/projector-schema.ts), checked here to parse to exactly the renderer's type.
 */
import type { z } from 'zod'
import { ProjectorStateSchema } from '../../contract/projector-schema'
import type { ProjectorState } from './projector-state'

const schema: z.ZodType<ProjectorState> = ProjectorStateSchema

/** The state, or null for anything that is not one (nothing shown rather than a crash). */
export function parseProjectorState(value: unknown): ProjectorState | null {
  const parsed = schema.safeParse(value)
  return parsed.success ? parsed.data : null
}
