/**
 * The scenario JSON Schema (generated from the zod schema by `npm run schema`), bundled at
 * build time: completion and hover documentation work offline and always match the
 * version of the format this build validates.
 */
import generated from '../../../scenarios/ttx.schema.json'
import type { JsonSchema } from './extensions'

/**
 * TypeScript infers the file's literal shape (e.g. `type: string`), narrower than the JSON
 * Schema type the library takes; this checks the one thing that must hold instead of casting.
 */
function isObjectSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && 'properties' in value
}

if (!isObjectSchema(generated)) throw new Error('scenarios/ttx.schema.json is not an object schema')

export const scenarioJsonSchema: JsonSchema = generated
