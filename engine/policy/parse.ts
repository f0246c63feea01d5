/**
 * A custom policy profile from YAML text (`ttx play --policy <file>`, the app's setup
 * screen): either the policy, or every problem located as `file:line:col`, worded by the
 * same zod-issue translator as the scenario loader.
 */
import type { Diagnostic } from '../scenario/diagnostic'
import { hasErrors } from '../scenario/diagnostic'
import { zodDiagnostics, type Problem } from '../scenario/zod-diagnostics'
import { parseYamlWithPositions } from '../scenario/yaml-source'
import { Policy } from './schema'

export type PolicyParse =
  | { readonly ok: true; readonly policy: Policy; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] }

const VOCABULARY = { root: 'the policy profile', items: {} }

export function parsePolicy(text: string, file: string): PolicyParse {
  const source = parseYamlWithPositions(text, file)
  if (hasErrors(source.diagnostics)) return { ok: false, diagnostics: source.diagnostics }
  if (source.value === null || source.value === undefined) {
    const message =
      'the file is empty; a policy profile has "name" and "sensitivities" (start from a copy of policies/default.yaml)'
    return { ok: false, diagnostics: [source.diagnostic([], 'error', message)] }
  }
  const result = Policy.safeParse(source.value)
  if (result.success) return { ok: true, policy: result.data, diagnostics: source.diagnostics }
  const problems = zodDiagnostics(result.error.issues, source, {
    schema: Policy,
    vocabulary: VOCABULARY,
    explain,
  })
  return { ok: false, diagnostics: [...source.diagnostics, ...problems] }
}

/** `public` needs no rule, and the other names are easy to misspell: say both. */
function explain(problem: Problem): string | undefined {
  const [first, key] = problem.path
  if (problem.kind !== 'unknown' || first !== 'sensitivities' || problem.path.length !== 2) {
    return undefined
  }
  return `unknown sensitivity "${String(key)}": expected directory, observation, education-record, health or law-enforcement (public facts go to anyone and need no rule)`
}
