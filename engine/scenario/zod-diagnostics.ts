/**
 * zod issues -> located diagnostics a trainer understands. zod reports where and what in
 * a programmer's terms (`invalid_union`, `expected string, received undefined`); this
 * module picks the issue that matters in a union, decides whether a field is missing or
 * mistyped, names the item by its id, and places the message on the key or the value.
 * Generic over the schema: a policy loader passes its own schema and vocabulary.
 */
import type { z } from 'zod'
import type { Diagnostic } from './diagnostic'
import { describeValue, fieldName, placeName, valueAt, type Vocabulary } from './data-names'
import { issueProblems, type Problem } from './zod-problems'
import { allowedFields } from './zod-shape'
import type { YamlSource } from './yaml-source'

export type { Problem } from './zod-problems'

export interface ZodDiagnosticsOptions {
  readonly schema: z.core.$ZodType
  readonly vocabulary: Vocabulary
  /** A file-specific wording for a problem; `undefined` keeps the generic one. */
  readonly explain?: (problem: Problem, root: unknown) => string | undefined
}

export function zodDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  source: YamlSource,
  options: ZodDiagnosticsOptions,
): Diagnostic[] {
  const root = source.value
  const seen = new Set<string>()
  const diagnostics: Diagnostic[] = []
  for (const issue of issues) {
    for (const problem of issueProblems(issue, [], root, options.schema)) {
      const message = options.explain?.(problem, root) ?? describeProblem(problem, root, options)
      const target = problem.kind === 'unknown' || problem.kind === 'key' ? 'key' : 'value'
      const diagnostic = source.diagnostic(problem.path, 'error', message, target)
      const key = `${diagnostic.line}:${diagnostic.col}:${message}`
      if (!seen.has(key)) diagnostics.push(diagnostic)
      seen.add(key)
    }
  }
  return diagnostics
}

export function describeProblem(
  problem: Problem,
  root: unknown,
  { schema, vocabulary }: ZodDiagnosticsOptions,
): string {
  const path = problem.path
  const owner = path.slice(0, -1)
  const where = placeName(owner, root, vocabulary)
  switch (problem.kind) {
    case 'unknown':
      return `unknown field ${fieldName(path)} in ${where} (allowed: ${allowedFields(schema, owner, valueAt(root, owner)).join(', ')})`
    case 'missing':
      return `missing required field ${fieldName(path)} in ${where}`
    case 'one-of':
      return `${placeName(path, root, vocabulary)} must have exactly one of: ${problem.fields.join(', ')}`
    case 'key':
      return `${fieldName(owner)} in ${placeName(owner.slice(0, -1), root, vocabulary)} has a key ${JSON.stringify(path[path.length - 1])} that ${problem.rule}`
    case 'message': {
      const last = path[path.length - 1]
      return `${problem.text} (in ${typeof last === 'string' ? where : placeName(path, root, vocabulary)})`
    }
    case 'value': {
      const got = problem.showValue ? `, not ${describeValue(valueAt(root, path))}` : ''
      // "item 2 of "need"" already names the list: the context is the list's owner.
      const context = typeof path[path.length - 1] === 'number' ? owner.slice(0, -1) : owner
      const inside = context.length > 0 ? ` (in ${placeName(context, root, vocabulary)})` : ''
      return `${fieldName(path)} ${problem.rule}${got}${inside}`
    }
  }
}
