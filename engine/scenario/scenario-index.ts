import { DEFAULT_ACTIONS } from './catalog'
import type { Action, Fact, Id, Inject, Person, Role, Scenario } from './schema'

/** Lookups over a validated scenario, built once and shared by replay, scoring and the app. */
export interface ScenarioIndex {
  readonly scenario: Scenario
  readonly roles: ReadonlyMap<Id, Role>
  readonly facts: ReadonlyMap<Id, Fact>
  readonly people: ReadonlyMap<Id, Person>
  /** The default catalog with the scenario's own actions added or overriding. */
  readonly actions: ReadonlyMap<Id, Action>
  readonly injects: ReadonlyMap<Id, Inject>
}

export function indexScenario(scenario: Scenario): ScenarioIndex {
  return {
    scenario,
    roles: byId(scenario.roles),
    facts: byId(scenario.facts),
    people: byId(scenario.people),
    actions: byId([...DEFAULT_ACTIONS, ...scenario.actions]),
    injects: byId(scenario.injects),
  }
}

function byId<T extends { id: Id }>(items: readonly T[]): ReadonlyMap<Id, T> {
  return new Map(items.map((item) => [item.id, item]))
}
