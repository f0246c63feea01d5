/**
 * Plain-language pieces for flag explanations: people and facts by their titles and
 * texts, never by ids, so a teacher can read a flag without the scenario file.
 */
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { Id } from '../scenario/schema'

export function roleTitle(index: ScenarioIndex, role: Id): string {
  return index.roles.get(role)?.title ?? role
}

export function roleTitles(index: ScenarioIndex, roles: readonly Id[], joiner = 'and'): string {
  return listOf(
    roles.map((role) => roleTitle(index, role)),
    joiner,
  )
}

/** The fact's text in quotes, trailing period dropped so it sits inside a sentence. */
export function factText(index: ScenarioIndex, fact: Id): string {
  const text = index.facts.get(fact)?.text ?? fact
  return `“${text.trim().replace(/\.$/, '')}”`
}

export function actionLabel(index: ScenarioIndex, action: Id): string {
  return `“${index.actions.get(action)?.label ?? action}”`
}

/** ["a", "b", "c"] -> "a, b and c". */
export function listOf(items: readonly string[], joiner = 'and'): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1] ?? ''}`
}

export function minutes(count: number): string {
  return count === 1 ? '1 minute' : `${count} minutes`
}
