/**
 * `npm run schema`: regenerates scenarios/ttx.schema.json from the zod schema (npm runs it
 * from the repository root). A unit test fails when the checked-in file is stale.
 *
 * This is a build script, not engine code, but package.json runs it from here, where the
 * engine's tsconfig has no Node types and lint forbids importing Node modules. It declares
 * the one Node function it needs and reaches it through `process.getBuiltinModule`
 * (Node >= 20.16).
 */
import { JSON_SCHEMA_FILE, scenarioJsonSchemaText } from './json-schema'

interface NodeFs {
  writeFileSync(path: string, text: string): void
}
declare const process: { getBuiltinModule(id: 'node:fs'): NodeFs }

process.getBuiltinModule('node:fs').writeFileSync(JSON_SCHEMA_FILE, scenarioJsonSchemaText())
