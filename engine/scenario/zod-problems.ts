/**
 * One zod issue -> the problems a person would name: a missing field, an unknown field,
 * a value that breaks a rule. The hard part is unions: zod reports every alternative's
 * failure, and only the alternative the author evidently meant is worth showing.
 */
import type { z } from 'zod'
import { isRecord, orList, valueAt } from './data-names'
import { allowedFields } from './zod-shape'
import type { DataPath, PathSegment } from './yaml-source'

export type Problem =
  /** `path` is the unknown field. */
  | { readonly kind: 'unknown'; readonly path: DataPath }
  /** `path` is the field that should be there. */
  | { readonly kind: 'missing'; readonly path: DataPath }
  /** `path` is an object that must have exactly one of `fields`. */
  | { readonly kind: 'one-of'; readonly path: DataPath; readonly fields: readonly string[] }
  /** `path` ends with a map key that breaks `rule`. */
  | { readonly kind: 'key'; readonly path: DataPath; readonly rule: string }
  /** The value at `path` breaks `rule` ("must be text"); `showValue` adds ", not 5". */
  | {
      readonly kind: 'value'
      readonly path: DataPath
      readonly rule: string
      readonly showValue: boolean
    }
  /** A rule about the object at `path`, already worded. */
  | { readonly kind: 'message'; readonly path: DataPath; readonly text: string }

type Issue = z.core.$ZodIssue

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields (name: value)',
  record: 'a set of fields (name: value)',
}

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected
}

function segments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)))
}

export function issueProblems(
  issue: Issue,
  base: DataPath,
  root: unknown,
  schema: z.core.$ZodType,
): Problem[] {
  const path = [...base, ...segments(issue.path)]
  if (issue.code !== 'unrecognized_keys' && isMissing(path, root))
    return [{ kind: 'missing', path }]
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ kind: 'unknown', path: [...path, key] }))
    case 'invalid_type':
      return [typeProblem(issue.expected, path)]
    case 'invalid_value':
      return [
        { kind: 'value', path, rule: `must be ${expectedValues(issue.values)}`, showValue: true },
      ]
    case 'invalid_format':
      return [{ kind: 'value', path, rule: formatRule(issue), showValue: true }]
    case 'too_small':
      return [{ kind: 'value', path, rule: sizeRule(issue, 'least'), showValue: false }]
    case 'too_big':
      return [{ kind: 'value', path, rule: sizeRule(issue, 'most'), showValue: false }]
    case 'invalid_key': {
      const first = issue.issues[0]
      const rule = first?.code === 'invalid_format' ? formatRule(first) : 'is not allowed here'
      return [{ kind: 'key', path, rule }]
    }
    case 'invalid_union':
      return unionProblems(issue, path, root, schema)
    default:
      return [{ kind: 'message', path, text: issue.message }]
  }
}

/** A field its object does not have at all (zod words this as a wrong type or value). */
function isMissing(path: DataPath, root: unknown): boolean {
  const field = path[path.length - 1]
  const owner = valueAt(root, path.slice(0, -1))
  return typeof field === 'string' && isRecord(owner) && !(field in owner)
}

function typeProblem(expected: string, path: DataPath): Problem {
  return { kind: 'value', path, rule: `must be ${typeName(expected)}`, showValue: true }
}

function expectedValues(values: readonly unknown[]): string {
  const shown = values.map((value) => (typeof value === 'string' ? `"${value}"` : String(value)))
  return shown.length > 4 ? `one of ${shown.join(', ')}` : orList(shown)
}

function formatRule(issue: z.core.$ZodIssueInvalidStringFormat | z.core.$ZodIssue): string {
  // The schema words its own format rules ("must be a kebab-case id ..."); zod's default
  // wording starts with "Invalid".
  return issue.message.startsWith('Invalid') ? 'has the wrong form' : issue.message
}

function sizeRule(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, bound: string): string {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum)
  if (issue.origin === 'array') {
    return limit === 1 && bound === 'least'
      ? 'must have at least one entry'
      : `must have at ${bound} ${limit} entries`
  }
  if (issue.origin === 'string') {
    return limit === 1 && bound === 'least'
      ? 'must not be empty'
      : `must be at ${bound} ${limit} characters long`
  }
  return bound === 'least' ? `must be ${limit} or more` : `must be ${limit} or less`
}

/** An issue that says "this alternative is not the shape the author wrote". */
function misfits(issue: Issue, value: unknown): boolean {
  if (issue.path.length === 0) {
    return issue.code === 'unrecognized_keys' || issue.code === 'invalid_type'
  }
  // A field the alternative requires and the author did not write at all.
  const [field] = issue.path
  return issue.path.length === 1 && isRecord(value) && !(String(field) in value)
}

function unionProblems(
  issue: z.core.$ZodIssueInvalidUnion,
  path: DataPath,
  root: unknown,
  schema: z.core.$ZodType,
): Problem[] {
  const alternatives = issue.errors
  if (alternatives.length === 0) {
    // A discriminated union whose tag matched nothing: zod puts the tag's options on it.
    const options: unknown = (issue as unknown as Record<string, unknown>).options
    const rule = Array.isArray(options)
      ? `must be ${expectedValues(options)}`
      : 'is not allowed here'
    return [{ kind: 'value', path, rule, showValue: true }]
  }
  // A union of literals (0 | 1 | 2 | 3): one "must be" listing them all.
  const literals = alternatives.map((a) =>
    a.length === 1 && a[0]?.code === 'invalid_value' && a[0].path.length === 0 ? a[0].values : [],
  )
  if (literals.every((values) => values.length > 0)) {
    return [
      { kind: 'value', path, rule: `must be ${expectedValues(literals.flat())}`, showValue: true },
    ]
  }
  const value = valueAt(root, path)
  const fitting = alternatives.find((a) => a.every((i) => !misfits(i, value)))
  if (fitting !== undefined) return fitting.flatMap((i) => issueProblems(i, path, root, schema))
  return misfitProblems(alternatives, path, value, schema)
}

/** No alternative fits: say which fields or which types would. */
function misfitProblems(
  alternatives: readonly (readonly Issue[])[],
  path: DataPath,
  value: unknown,
  schema: z.core.$ZodType,
): Problem[] {
  const allowed = isRecord(value) ? allowedFields(schema, path, value) : []
  if (isRecord(value) && allowed.length > 0) {
    const unknown = Object.keys(value).filter((key) => !allowed.includes(key))
    if (unknown.length > 0) return unknown.map((key) => ({ kind: 'unknown', path: [...path, key] }))
    return [{ kind: 'one-of', path, fields: allowed }]
  }
  const types = alternatives.flatMap((a) =>
    a.flatMap((i) =>
      i.code === 'invalid_type' && i.path.length === 0 ? [typeName(i.expected)] : [],
    ),
  )
  const rule = types.length > 0 ? `must be ${orList([...new Set(types)])}` : 'has the wrong form'
  return [{ kind: 'value', path, rule, showValue: true }]
}
