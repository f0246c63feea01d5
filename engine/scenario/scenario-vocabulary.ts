/** How messages about a scenario name its parts: `role "sro"`, `decision 1 of inject "found"`. */
import { placeName, type Vocabulary } from './data-names'
import type { Scenario } from './schema'
import type { DataPath } from './yaml-source'

export const SCENARIO_VOCABULARY: Vocabulary = {
  root: 'the scenario',
  items: {
    objectives: 'objective',
    roles: 'role',
    people: 'person',
    facts: 'fact',
    actions: 'action',
    injects: 'inject',
    materials: 'material',
    decisions: 'decision',
    options: 'option',
    events: 'event',
    next: 'branch',
    expectations: 'expectation',
  },
}

/** The place at `path` in a parsed scenario, e.g. `"need" of fact "note-text"`. */
export function placeIn(scenario: Scenario, path: DataPath): string {
  let end = path.length
  while (end > 0 && typeof path[end - 1] === 'number' && !isItem(path[end - 2])) end--
  return placeName(path.slice(0, end), scenario, SCENARIO_VOCABULARY)
}

function isItem(list: DataPath[number] | undefined): boolean {
  return typeof list === 'string' && list in SCENARIO_VOCABULARY.items
}
