/** The shipped scenarios and every log shipped with them, for the room's tests. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Log } from '../../../engine/exercise/log'
import { loadScenario } from '../../../engine/scenario/load'
import type { Scenario } from '../../../engine/scenario/schema'

const LIBRARY = new URL('../../../scenarios/', import.meta.url).pathname

export interface Shipped {
  readonly id: string
  readonly file: string
  readonly scenario: Scenario
  readonly logs: readonly { readonly name: string; readonly log: Log }[]
}

export function shippedScenarios(): Shipped[] {
  return readdirSync(LIBRARY, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name: id }) => {
      const file = join(LIBRARY, id, 'scenario.yaml')
      const loaded = loadScenario(readFileSync(file, 'utf8'), file)
      if (loaded.scenario === undefined) throw new Error(`${file} does not load`)
      const logs = readdirSync(join(LIBRARY, id, 'logs'))
        .filter((name) => name.endsWith('.json') && !name.endsWith('.expect.json'))
        .map((name) => ({
          name,
          log: Log.parse(JSON.parse(readFileSync(join(LIBRARY, id, 'logs', name), 'utf8'))),
        }))
      return { id, file, scenario: loaded.scenario, logs }
    })
}
