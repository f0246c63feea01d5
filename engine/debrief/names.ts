/**
 * Display names for the renderers: a debrief holds ids, the scenario holds the titles.
 * Without names the renderers fall back to the ids.
 */
import type { Scenario } from '../scenario/schema'

export interface Names {
  readonly roles: Readonly<Record<string, string>>
  readonly facts: Readonly<Record<string, string>>
}

export const NO_NAMES: Names = { roles: {}, facts: {} }

export function namesOf(scenario: Scenario): Names {
  return {
    roles: Object.fromEntries(scenario.roles.map((r) => [r.id, r.title])),
    facts: Object.fromEntries(scenario.facts.map((f) => [f.id, f.text])),
  }
}

export function roleName(names: Names, id: string): string {
  return names.roles[id] ?? id
}
