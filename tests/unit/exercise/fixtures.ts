/** Loading the test scenarios and logs (parsed with the schemas, as the app would). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import YAML from 'yaml'
import { Log } from '../../../engine/exercise/log'
import { Scenario } from '../../../engine/scenario/schema'

const fixtures = join(import.meta.dirname, '../../fixtures')

export const scenarioAt = (path: string): Scenario =>
  Scenario.parse(YAML.parse(readFileSync(join(fixtures, path), 'utf8')))
export const logAt = (path: string): Log =>
  Log.parse(JSON.parse(readFileSync(join(fixtures, path), 'utf8')))

export const lockerNote = (): Scenario => scenarioAt('locker-note.yaml')
export const lockerNoteLog = (): Log => logAt('locker-note.log.json')
export const drill = (): Scenario => scenarioAt('logs/drill.yaml')
export const badLog = (name: string): Log => logAt(`logs/${name}.log.json`)

/** A log of these events for the scenario. */
export const logOf = (scenario: Scenario, events: Log['events']): Log => ({
  format: 'ttx-log/1',
  scenario: scenario.id,
  policy: 'default',
  events,
})
