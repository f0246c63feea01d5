/** Shipped scenarios' logs as the tables of a cohort: each replayed, scored and debriefed. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CohortInput } from '../../../engine/cohort'
import { buildDebrief } from '../../../engine/debrief'
import { parseLog } from '../../../engine/exercise/parse-log'
import { replay } from '../../../engine/exercise/replay'
import { DEFAULT_POLICY } from '../../../engine/policy'
import { loadScenario } from '../../../engine/scenario/load'
import type { Scenario } from '../../../engine/scenario/schema'
import { score } from '../../../engine/scoring'

export const LIBRARY = join(import.meta.dirname, '..', '..', '..', 'scenarios')

export function shippedScenario(id: string): Scenario {
  const { scenario } = loadScenario(readFileSync(join(LIBRARY, id, 'scenario.yaml'), 'utf8'), id)
  if (scenario === undefined) throw new Error(`${id} does not load`)
  return scenario
}

/** The table of `scenarios/<id>/logs/<log>.json`, named by its log. */
export function shippedTable(scenario: Scenario, log: string): CohortInput {
  const parsed = parseLog(readFileSync(join(LIBRARY, scenario.id, 'logs', `${log}.json`), 'utf8'))
  if (!parsed.ok) throw new Error(parsed.message)
  const played = replay(scenario, parsed.log)
  if (!played.ok) throw new Error(played.error.message)
  const debrief = buildDebrief(played.replay, DEFAULT_POLICY, score(played.replay, DEFAULT_POLICY))
  return { name: log, debrief }
}
