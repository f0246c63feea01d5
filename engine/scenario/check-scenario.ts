/**
 * The scenario's own rules, on data the schema accepted (docs/format.md, "What `ttx
 * validate` checks"): ids, references, the order of play, what roles can know, and
 * material images.
 */
import { checkFlow } from './check-flow'
import { checkIds } from './check-ids'
import { checkKnowledge } from './check-knowledge'
import { checkMaterials } from './check-materials'
import { checkReferences } from './check-references'
import type { Finding } from './finding'
import { flowGraph } from './flow-graph'
import { knownIds } from './references'
import type { Scenario } from './schema'

export interface CheckOptions {
  /** Whether a material image exists, relative to the scenario's folder. */
  readonly imageExists?: (relativePath: string) => boolean
}

export function checkScenario(scenario: Scenario, options: CheckOptions = {}): Finding[] {
  const graph = flowGraph(scenario)
  return [
    ...checkIds(scenario),
    ...checkReferences(scenario, knownIds(scenario)),
    ...checkFlow(scenario, graph),
    ...checkKnowledge(scenario, graph),
    ...checkMaterials(scenario, options.imageExists),
  ]
}
