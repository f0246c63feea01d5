/**
 * Branch conditions (`when`) as pure functions of the exercise context: what the machine's
 * branch guard evaluates when an inject is left.
 */
import type { Condition } from '../scenario/schema'
import { actedKey, chosenKey, knows, type ExerciseContext } from './context'

export function holds(context: ExerciseContext, condition: Condition): boolean {
  if ('knows' in condition) return knows(context, condition.knows.role, condition.knows.fact)
  if ('decided' in condition) {
    return context.chosen.has(chosenKey(condition.decided.role, condition.decided.option))
  }
  if ('acted' in condition) {
    return context.acted.has(actedKey(condition.acted.role, condition.acted.action))
  }
  if ('threat' in condition) return context.threat >= condition.threat.atLeast
  if ('all' in condition) return condition.all.every((each) => holds(context, each))
  if ('any' in condition) return condition.any.some((each) => holds(context, each))
  return !holds(context, condition.not)
}
