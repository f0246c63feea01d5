/**
 * A custom policy profile from YAML text (`ttx play --policy <file>`, the app's setup
 * screen): either the policy, or every problem located as `file:line:col`.
 */
import type { z } from 'zod'
import type { Diagnostic } from '../scenario/diagnostic'
import { parseYamlWithPositions, type YamlSource } from '../scenario/yaml-source'
import { Policy } from './schema'

export type PolicyParse =
  | { readonly ok: true; readonly policy: Policy; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] }

export function parsePolicy(text: string, file: string): PolicyParse {
  const source = parseYamlWithPositions(text, file)
  if (source.diagnostics.some((d) => d.severity === 'error')) {
    return { ok: false, diagnostics: source.diagnostics }
  }
  const result = Policy.safeParse(source.value)
  if (result.success) return { ok: true, policy: result.data, diagnostics: source.diagnostics }
  const problems = result.error.issues.flatMap((issue) => locateIssue(source, issue))
  return { ok: false, diagnostics: [...source.diagnostics, ...problems] }
}

function locateIssue(source: YamlSource, issue: z.core.$ZodIssue): Diagnostic[] {
  const path = issue.path.filter((p) => typeof p !== 'symbol')
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      source.diagnostic([...path, key], 'error', unknownFieldMessage(path, key), 'key'),
    )
  }
  return [source.diagnostic(path, 'error', describeIssue(path, issue, source.value))]
}

function unknownFieldMessage(path: readonly PropertyKey[], key: string): string {
  if (path.length === 1 && path[0] === 'sensitivities') {
    return `unknown sensitivity "${key}": expected directory, observation, education-record, health or law-enforcement (public facts go to anyone and need no rule)`
  }
  return `unknown field "${key}"`
}

function describeIssue(
  path: readonly PropertyKey[],
  issue: z.core.$ZodIssue,
  data: unknown,
): string {
  if (path.length === 0) {
    return 'a policy profile is a mapping with "name" and "sensitivities"; start from a copy of policies/default.yaml'
  }
  const where = `"${path.map(String).join('.')}": `
  const found = valueAt(data, path)
  if (issue.code === 'invalid_type' && found === undefined) return `${where}missing (required)`
  if (issue.code === 'invalid_value') {
    const options = issue.values.map((v) => JSON.stringify(v)).join(', ')
    const shown = found === undefined ? 'this value' : JSON.stringify(found)
    return `${where}${shown} is not allowed; expected one of ${options}`
  }
  return `${where}${issue.message}`
}

/** The parsed value at a data path; undefined when the path does not exist. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}
