/**
 * `npm run schema`: regenerates scenarios/ttx.schema.json from the zod schema (npm runs it
 * from the repository root). A unit test fails when the checked-in file is stale.
 */
import { writeFileSync } from 'node:fs'
import { JSON_SCHEMA_FILE, scenarioJsonSchemaText } from '../engine/scenario/json-schema'

writeFileSync(JSON_SCHEMA_FILE, scenarioJsonSchemaText())
