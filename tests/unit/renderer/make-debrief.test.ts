/** The app's debrief is scored under the session's policy profile, as `ttx play --policy` is. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Log } from '../../../engine/exercise/log'
import { loadScenario } from '../../../engine/scenario/load'
import { makeDebrief } from '../../../renderer/debrief/make-debrief'

const file = join(import.meta.dirname, '../../fixtures/locker-note.yaml')
const { scenario } = loadScenario(readFileSync(file, 'utf8'), file)
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../fixtures', name), 'utf8')
// The counselor tells the principal about K.'s counseling: an education record, which the
// default profile lets a school administrator receive and the strict one does not.
const log = Log.parse(JSON.parse(fixture('locker-note.counseling-share.log.json')))
const STRICT = fixture('strict-policy.yaml')

function privacyFlags(policyText?: string) {
  if (scenario === undefined) throw new Error('fixture does not load')
  const result = makeDebrief(scenario, log, policyText)
  if (!result.ok) throw new Error(result.error)
  return {
    policy: result.debrief.policy,
    flags: result.debrief.flags.filter((f) => f.rule === 'over-sharing').map((f) => f.event),
  }
}

describe('makeDebrief', () => {
  it('scores under the default profile when the session has none of its own', () => {
    expect(privacyFlags()).toEqual({ policy: 'default', flags: [] })
  })

  it("scores under the session's own profile", () => {
    expect(privacyFlags(STRICT)).toEqual({ policy: 'strict', flags: [1] })
  })

  it('reports a broken profile with its line instead of scoring', () => {
    if (scenario === undefined) throw new Error('fixture does not load')
    const result = makeDebrief(
      scenario,
      log,
      'name: x\nsensitivities:\n  health: { allowed: [janitor] }',
    )
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.error).toMatch(/^policy profile:3:/)
  })
})
