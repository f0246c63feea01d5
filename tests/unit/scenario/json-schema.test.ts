/**
 * scenarios/ttx.schema.json is generated (`npm run schema`) and checked in for editors;
 * these tests fail when it is stale and check that it accepts and rejects what the
 * validator does at the level of shapes.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { JSON_SCHEMA_FILE, scenarioJsonSchemaText } from '../../../engine/scenario/json-schema'

const root = join(import.meta.dirname, '../../..')
const checkedIn = readFileSync(join(root, JSON_SCHEMA_FILE), 'utf8')

describe('scenarios/ttx.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` if this fails)', () => {
    expect(checkedIn).toBe(scenarioJsonSchemaText())
  })

  const schema = JSON.parse(checkedIn) as object
  const validate = new Ajv2020({ strict: false }).compile(schema)
  const example = parse(
    readFileSync(join(root, 'tests/fixtures/locker-note.yaml'), 'utf8'),
  ) as Record<string, unknown>

  it('accepts the example of docs/format.md, whose defaulted fields are left out', () => {
    expect(validate(example)).toBe(true)
  })

  it('rejects an unknown field and a wrong value', () => {
    expect(validate({ ...example, colour: 'red' })).toBe(false)
    expect(validate({ ...example, start: '7:30' })).toBe(false)
  })
})
