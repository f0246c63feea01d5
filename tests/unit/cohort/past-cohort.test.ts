/// <reference types="vite/client" />
// The app machine reaches the library's bundled scenarios (import.meta.glob, run by Vitest).
/**
 * Finished sessions compared from the library: each debrief rebuilt from the session's own
 * log and scenario text, tables named and ordered as played, and every reason a set cannot be
 * compared said in a sentence (through the app machine, on the message bar).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createActor, waitFor } from 'xstate'
import type { HostApi, LoadedSession, SavedSession } from '../../../contract/host-api'
import { parseLog } from '../../../engine/exercise/parse-log'
import { appMachine } from '../../../renderer/app/app-machine'
import { compareSessions } from '../../../renderer/cohort/past-cohort'
import { makeDebrief } from '../../../renderer/debrief/make-debrief'
import type { SessionPort } from '../../../renderer/exercise/session-port'
import { LIBRARY, shippedScenario } from './tables'

function session(
  scenarioId: string,
  log: string,
  tableName: string,
  updatedAt: string,
): SavedSession {
  const parsed = parseLog(readFileSync(join(LIBRARY, scenarioId, 'logs', `${log}.json`), 'utf8'))
  if (!parsed.ok) throw new Error(parsed.message)
  return {
    id: `${scenarioId}-${log}-${tableName}`,
    setup: {
      scenarioId,
      scenarioText: readFileSync(join(LIBRARY, scenarioId, 'scenario.yaml'), 'utf8'),
      tableName,
      roles: [],
      policy: parsed.log.policy,
      clock: { kind: 'manual' },
    },
    log: parsed.log,
    finished: true,
    updatedAt,
  }
}

function hostWith(sessions: readonly SavedSession[]): HostApi {
  const loadSession = (id: string): Promise<LoadedSession> => {
    const found = sessions.find((s) => s.id === id)
    return Promise.resolve(
      found === undefined
        ? { ok: false, message: `The session “${id}” is no longer saved.` }
        : { ok: true, session: found, restoredFromBackup: false },
    )
  }
  const unused = () => Promise.reject(new Error('not in this test'))
  return {
    platform: 'web',
    openScenarioFile: vi.fn(unused),
    listUserScenarios: vi.fn(() => Promise.resolve([])),
    saveUserScenario: vi.fn(unused),
    userScenarioMedia: vi.fn(() => Promise.resolve({})),
    deleteUserScenario: vi.fn(unused),
    saveSession: vi.fn(unused),
    listSessions: vi.fn(() => Promise.resolve([])),
    loadSession: vi.fn(loadSession),
    deleteSession: vi.fn(unused),
    getSettings: vi.fn(unused),
    updateSettings: vi.fn(unused),
    exportFile: vi.fn(unused),
    exportBytes: vi.fn(unused),
    saveEvaluation: vi.fn(unused),
    loadEvaluation: vi.fn(unused),
    toggleProjector: vi.fn(unused),
    takeNotices: vi.fn(() => Promise.resolve([])),
  }
}

const later = session('coach-disclosure', 'kept-in-the-family', 'Gym', '2026-12-02T10:00:00Z')
const earlier = session('coach-disclosure', 'reference', '', '2026-12-01T09:00:00Z')
const again = session('coach-disclosure', 'told-the-principal', 'Gym', '2026-12-02T11:00:00Z')
const other = session('threat-post', 'reference', 'Library', '2026-12-02T12:00:00Z')
const host = hostWith([later, earlier, again, other])

describe('comparing finished sessions', () => {
  it('names and orders the tables as they played, each with its own debrief', async () => {
    const { cohort, date } = await compareSessions(host, [later.id, earlier.id, again.id])
    expect(cohort.scenario.title).toBe(shippedScenario('coach-disclosure').title)
    // Oldest first; an unnamed table by its place, a repeated name numbered.
    expect(cohort.tables.map((t) => t.name)).toEqual(['Table 1', 'Gym', 'Gym (2)'])
    const scenario = shippedScenario('coach-disclosure')
    const expected = [earlier, later, again].map((s) => {
      const made = makeDebrief(scenario, s.log)
      if (!made.ok) throw new Error(made.error)
      return made.debrief.scores
    })
    expect(cohort.tables.map((t) => t.scores)).toEqual(expected)
    expect(cohort.divergences.length).toBeGreaterThan(0)
    expect(date).toMatch(/^2026-12-0[12]$/)
  })

  it('refuses sessions of two scenarios, one session, or one no longer saved', async () => {
    await expect(compareSessions(host, [later.id, other.id])).rejects.toThrow(
      'Tables can be compared only when they played the same scenario.',
    )
    await expect(compareSessions(host, [later.id])).rejects.toThrow(
      'Choose at least two finished sessions to compare.',
    )
    await expect(compareSessions(host, [later.id, 'gone'])).rejects.toThrow(
      'The session “gone” is no longer saved.',
    )
  })

  it('in the app: "compare" shows the cohort, and a refusal goes to the message bar', async () => {
    const openSession = vi.fn(() => ({}) as unknown as SessionPort) // never run here
    const actor = createActor(appMachine, { input: { host, openSession } })
    actor.start()
    await waitFor(actor, (s) => s.matches('library'))
    actor.send({ type: 'compare', ids: [later.id, other.id] })
    const refused = await waitFor(
      actor,
      (s) => s.matches('library') && s.context.message !== undefined,
    )
    expect(refused.context.message).toEqual({
      text: 'Tables can be compared only when they played the same scenario.',
      tone: 'error',
    })
    actor.send({ type: 'compare', ids: [later.id, earlier.id] })
    const shown = await waitFor(actor, (s) => s.matches('cohort'))
    expect(shown.context.compared?.cohort.tables.map((t) => t.name)).toEqual(['Table 1', 'Gym'])
    actor.send({ type: 'back' })
    await waitFor(actor, (s) => s.matches('library'))
    actor.stop()
  })
})
