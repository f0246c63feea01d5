/**
 * Reference errors on a scenario the schema refused, so a trainer sees an unknown fact in
 * the same pass as a misspelt field, not one layer at a time. The YAML read; the schema
 * found problems elsewhere; the references are checked on the data as written, with the
 * schema's defaults filled in where the checks rely on them. Anything at or inside a place
 * the schema already reported is left out (one message per mistake), and data too far off
 * the format's shape to walk yields nothing more than the schema said.
 */
import { checkReferences } from './check-references'
import type { Finding } from './finding'
import type { Scenario } from './schema'
import type { DataPath } from './yaml-source'

export function referencesDespiteSchema(raw: unknown, reported: readonly DataPath[]): Finding[] {
  const lenient = withDefaults(raw)
  if (lenient === undefined) return []
  let findings: Finding[]
  try {
    findings = checkReferences(lenient)
  } catch {
    return []
  }
  return findings.filter(
    (finding) =>
      finding.severity === 'error' &&
      !reported.some((path) => within(finding.path, path) || within(path, finding.path)),
  )
}

type Data = Record<string, unknown>

const COLLECTIONS = [
  'roles',
  'people',
  'facts',
  'actions',
  'objectives',
  'injects',
  'expectations',
] as const

/** The raw data with the defaults the reference checks read; undefined if not an object. */
function withDefaults(raw: unknown): Scenario | undefined {
  if (!isData(raw)) return undefined
  const data: Data = { ...raw }
  for (const key of COLLECTIONS) data[key] = objects(raw[key])
  data.roles = (data.roles as Data[]).map((role) => ({ player: true, ...role }))
  data.people = (data.people as Data[]).map((person) => ({
    ...person,
    parents: list(person.parents),
  }))
  data.facts = (data.facts as Data[]).map((fact) => ({
    ...fact,
    need: list(fact.need),
    may: list(fact.may),
  }))
  data.injects = (data.injects as Data[]).map((inject) => ({
    ...inject,
    decisions: objects(inject.decisions).map((decision) => ({
      prompt: 'What do you do?',
      ...decision,
      options: objects(decision.options).map((option) => ({
        ...option,
        events: objects(option.events),
      })),
    })),
  }))
  // Checked by the walk above for every shape it reads; a wrong one throws and yields nothing.
  return data as unknown as Scenario
}

function isData(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An array's elements, each an object (others stand as empty ones, keeping indices). */
function objects(value: unknown): Data[] {
  return Array.isArray(value) ? value.map((item) => (isData(item) ? item : {})) : []
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function within(path: DataPath, outer: DataPath): boolean {
  return outer.length <= path.length && outer.every((segment, i) => path[i] === segment)
}
