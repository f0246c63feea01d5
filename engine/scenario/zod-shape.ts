/**
 * Reads a zod schema as a map of the data: which fields an object at some path allows.
 * Lets "unknown field" messages list the allowed fields without a second hand-kept list.
 */
import { z } from 'zod'
import type { DataPath } from './yaml-source'

type Schema = z.core.$ZodType

/** Looks through optional, default, lazy and pipe wrappers to the schema that checks. */
function unwrap(schema: Schema): Schema {
  let current = schema
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap()
    } else if (current instanceof z.ZodDefault || current instanceof z.ZodLazy) {
      current = current.unwrap()
    } else if (current instanceof z.ZodPipe) {
      current = current.in
    } else {
      return current
    }
  }
}

function child(schema: Schema, segment: string | number): Schema | undefined {
  const inner = unwrap(schema)
  if (inner instanceof z.ZodObject) return (inner.shape as Record<string, Schema>)[segment]
  if (inner instanceof z.ZodArray) return typeof segment === 'number' ? inner.element : undefined
  if (inner instanceof z.ZodRecord) return inner.valueType
  if (inner instanceof z.ZodUnion) {
    const options = inner.options as readonly Schema[]
    for (const option of options) {
      const found = child(option, segment)
      if (found !== undefined) return found
    }
  }
  return undefined
}

/** The schema of the value at `path`, if the schema describes one there. */
export function schemaAt(schema: Schema, path: DataPath): Schema | undefined {
  let current: Schema | undefined = schema
  for (const segment of path) {
    if (current === undefined) return undefined
    current = child(current, segment)
  }
  return current
}

/**
 * The fields an object at `path` may have. For a union of objects: the alternatives whose
 * tag (a literal field such as `type: note`) matches `value`, else any alternative's.
 */
export function allowedFields(schema: Schema, path: DataPath, value?: unknown): string[] {
  const at = schemaAt(schema, path)
  return at === undefined ? [] : fieldsOf(at, value)
}

function fieldsOf(schema: Schema, value: unknown): string[] {
  const inner = unwrap(schema)
  if (inner instanceof z.ZodObject) return Object.keys(inner.shape)
  if (!(inner instanceof z.ZodUnion)) return []
  const options = inner.options as readonly Schema[]
  const tagged = options.filter((option) => tagMatches(option, value))
  const chosen = tagged.length > 0 ? tagged : options
  return [...new Set(chosen.flatMap((option) => fieldsOf(option, value)))]
}

function tagMatches(option: Schema, value: unknown): boolean {
  const inner = unwrap(option)
  if (!(inner instanceof z.ZodObject) || typeof value !== 'object' || value === null) return false
  const fields = value as Record<string, unknown>
  return Object.entries(inner.shape).some(([key, field]) => {
    if (!(field instanceof z.ZodLiteral)) return false
    const literals: ReadonlySet<unknown> = field.values
    return literals.has(fields[key])
  })
}
