/**
 * Finished sessions compared as a cohort (docs/cohort.md): each session's debrief rebuilt
 * from its own log and copy of the scenario, exactly as its debrief screen builds it, named
 * by its table, oldest first.
 */
import { compareTables, uniqueNames, type Cohort } from '../../engine/cohort'
import type { HostApi, SavedSession } from '../../contract/host-api'
import { dayOf } from '../debrief/export-name'
import { makeDebrief } from '../debrief/make-debrief'
import { toEntry } from '../library/library-model'

export interface PastCohort {
  readonly cohort: Cohort
  /** The day of the newest session: the report's date and its file name's. */
  readonly date: string
}

/** Throws, with a sentence for the message bar, when a session cannot be compared. */
export async function compareSessions(host: HostApi, ids: readonly string[]): Promise<PastCohort> {
  if (ids.length < 2) throw new Error('Choose at least two finished sessions to compare.')
  const sessions: SavedSession[] = []
  for (const id of ids) {
    const loaded = await host.loadSession(id)
    if (!loaded.ok) throw new Error(loaded.message)
    sessions.push(loaded.session)
  }
  sessions.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
  const scenarioIds = new Set(sessions.map((s) => s.setup.scenarioId))
  if (scenarioIds.size > 1) {
    throw new Error('Tables can be compared only when they played the same scenario.')
  }
  const names = uniqueNames(
    sessions.map((s, at) =>
      s.setup.tableName.trim() === '' ? `Table ${at + 1}` : s.setup.tableName,
    ),
  )
  const tables = sessions.map((session, at) => {
    const name = names[at] ?? ''
    const scenario = scenarioOf(session, name)
    const result = makeDebrief(scenario, session.log, session.setup.policyText)
    if (!result.ok) throw new Error(`The debrief of ${name} could not be built: ${result.error}`)
    return { name, scenario, debrief: result.debrief }
  })
  const newest = tables[tables.length - 1]
  if (newest === undefined) throw new Error('Choose at least two finished sessions to compare.')
  const last = sessions[sessions.length - 1]
  return {
    cohort: compareTables(newest.scenario, tables),
    date: dayOf(last?.updatedAt ?? new Date().toISOString()),
  }
}

function scenarioOf(session: SavedSession, name: string) {
  const entry = toEntry({
    origin: 'user',
    file: session.setup.scenarioId,
    text: session.setup.scenarioText,
  })
  if (entry.scenario === undefined) {
    throw new Error(`The scenario of ${name} no longer reads: ${entry.problems.join('; ')}`)
  }
  return entry.scenario
}
