/** Scenarios for the studio's unit tests, parsed with the real schema (defaults filled in). */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { Scenario, type ScenarioInput } from '../../../engine/scenario/schema'

export const lockerNote: Scenario = Scenario.parse(
  parse(readFileSync(new URL('../../fixtures/locker-note.yaml', import.meta.url), 'utf8')),
)

type InjectInput = ScenarioInput['injects'][number]

/** A scenario around the given injects, with two roles and two facts to reveal. */
export function withInjects(injects: InjectInput[], extra: Partial<ScenarioInput> = {}): Scenario {
  return Scenario.parse({
    format: 'ttx/1',
    id: 'test',
    title: 'Test',
    start: '08:00',
    roles: [
      { id: 'teacher', title: 'Teacher', kind: 'school-staff' },
      { id: 'principal', title: 'Principal', kind: 'school-admin' },
    ],
    facts: [
      { id: 'rumour', text: 'A rumour', certainty: 'unverified', sensitivity: 'observation' },
      { id: 'weapon', text: 'A weapon', certainty: 'reported', sensitivity: 'observation' },
    ],
    injects,
    ...extra,
  })
}
