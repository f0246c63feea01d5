/**
 * The JSON Schema of ttx/1, generated from the zod schema so the two cannot drift. Editors
 * use it for completion and inline checks while a trainer types (see
 * docs/format.md); the validator remains the authority on references and flow.
 */
import { z } from 'zod'
import { Scenario } from './schema'

/** Where the generated schema is checked in, relative to the repository root. */
export const JSON_SCHEMA_FILE = 'scenarios/ttx.schema.json'

/** The schema as the file holds it: the input side, so fields with defaults are optional. */
export function scenarioJsonSchemaText(): string {
  const schema = z.toJSONSchema(Scenario, { io: 'input', target: 'draft-2020-12' })
  return `${JSON.stringify({ ...schema, $id: 'https://need-to-know.example/ttx.schema.json' }, null, 2)}\n`
}
