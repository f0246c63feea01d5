/**
 * The scenario JSON Schema (generated from the zod schema by `npm run schema`), bundled at
 * build time. A glob rather than a plain import so the studio still builds, minus completion,
 * in a checkout where the file has not been generated yet.
 */
import type { JsonSchema } from './extensions'

const found = import.meta.glob<JsonSchema>('../../../scenarios/ttx.schema.json', {
  eager: true,
  import: 'default',
})

export const scenarioJsonSchema: JsonSchema | undefined = Object.values(found)[0]
