/**
 * Branch conditions in plain words, for edge labels in the inject graphs (studio and `ttx graph`) and the
 * paths report. Trainers read these, so they say what the condition asks, not its syntax.
 */
import type { Branch, Condition } from './schema'

export function describeCondition(condition: Condition): string {
  if ('knows' in condition) return `${condition.knows.role} knows ${condition.knows.fact}`
  if ('decided' in condition) return `${condition.decided.role} chose ${condition.decided.option}`
  if ('acted' in condition) {
    const who = condition.acted.role === undefined ? 'anyone' : condition.acted.role
    return `${who} did ${condition.acted.action}`
  }
  if ('threat' in condition) return `threat ≥ ${condition.threat.atLeast}`
  if ('all' in condition) return condition.all.map(grouped).join(' and ')
  if ('any' in condition) return condition.any.map(grouped).join(' or ')
  return `not ${grouped(condition.not)}`
}

/** Compound parts get parentheses so "a and (b or c)" reads unambiguously. */
function grouped(condition: Condition): string {
  const text = describeCondition(condition)
  return 'all' in condition || 'any' in condition ? `(${text})` : text
}

/** The label of a branch: its condition, or "otherwise" for the fallback. */
export function describeBranch(branch: Branch): string {
  return branch.when === undefined ? 'otherwise' : describeCondition(branch.when)
}
