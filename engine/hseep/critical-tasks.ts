/**
 * An objective's critical tasks (HSEEP, docs/hseep.md): the scenario's expectations tied to
 * it, in words, and the facts whose handling counts toward it. Evaluator documents only:
 * these are the answers the players must find themselves.
 */
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { Expectation, Id } from '../scenario/schema'

export function criticalTasks(index: ScenarioIndex, objective: Id): string[] {
  const { scenario } = index
  const expected = scenario.expectations
    .filter((e) => e.objective === objective)
    .map((e) => expectationTask(index, e))
  const facts = scenario.facts
    .filter((f) => f.objective === objective)
    .map((f) => {
      const need = f.need.map((role) => index.roles.get(role)?.title ?? role)
      const to = need.length > 0 ? ` reaches ${need.join(' and ')}` : ' is handled'
      return `“${trimmed(f.text)}”${to}, with only the people allowed to receive it.`
    })
  return [...expected, ...facts]
}

export function expectationTask(index: ScenarioIndex, expectation: Expectation): string {
  const { escalate, act, from } = expectation
  const since = (inject: Id | undefined): string =>
    inject === undefined ? 'play begins' : `“${index.injects.get(inject)?.title ?? inject}” begins`
  const label = (action: Id): string => index.actions.get(action)?.label ?? action
  if (escalate !== undefined) {
    const fact = index.facts.get(escalate.fact)?.text ?? escalate.fact
    const to = escalate.to.map((r) => index.roles.get(r)?.title ?? r).join(' or ')
    return `“${trimmed(fact)}” reaches ${to} within ${escalate.within} minutes of anyone learning it.`
  }
  if (act !== undefined)
    return `“${label(act.action)}” within ${act.within} minutes of when ${since(from)}.`
  if (expectation.avoid !== undefined) {
    const why = expectation.explain === undefined ? '' : ` ${expectation.explain}`
    return `No “${label(expectation.avoid.action)}” from when ${since(from)}, as the protocol requires.${why}`
  }
  return expectation.id
}

const trimmed = (text: string): string => text.trim().replace(/\.$/, '')
