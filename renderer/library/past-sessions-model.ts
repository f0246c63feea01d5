/**
 * A finished session as the Library lists it: its overall score, rebuilt from its own log and
 * copy of the scenario exactly as the debrief builds it (never stored, so it always agrees
 * with the debrief it opens), and the log to export.
 */
import type { HostApi, SavedSession, SessionSummary } from '../../contract/host-api'
import { makeDebrief } from '../debrief/make-debrief'
import { toEntry } from './library-model'

/** The overall score (0–100), or undefined when the session no longer reads or scores. */
export function overallOf(saved: SavedSession): number | undefined {
  const entry = toEntry({
    origin: 'user',
    file: saved.setup.scenarioId,
    text: saved.setup.scenarioText,
  })
  if (entry.scenario === undefined) return undefined
  const result = makeDebrief(entry.scenario, saved.log, saved.setup.policyText)
  return result.ok ? result.debrief.scores.overall : undefined
}

const ratings = new Map<string, number | null>()

/** The rating of a listed session, computed once per save (a session's key changes with it). */
export async function ratingOf(host: HostApi, summary: SessionSummary): Promise<number | null> {
  const key = `${summary.id}@${summary.updatedAt}`
  const known = ratings.get(key)
  if (known !== undefined) return known
  const loaded = await host.loadSession(summary.id)
  const rating = loaded.ok ? (overallOf(loaded.session) ?? null) : null
  ratings.set(key, rating)
  return rating
}

/** `<scenario>-<table>-<date>.log.json`, with only characters every file system takes. */
export function logFileName(saved: SavedSession): string {
  const date = saved.updatedAt.slice(0, 10)
  const table = saved.setup.tableName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return [saved.setup.scenarioId, table, date].filter((part) => part !== '').join('-') + '.log.json'
}

/** Exports a finished session's log through the host (a save dialog or a download). */
export async function exportLog(host: HostApi, id: string): Promise<string> {
  const loaded = await host.loadSession(id)
  if (!loaded.ok) return loaded.message
  const result = await host.exportFile(
    'log',
    logFileName(loaded.session),
    `${JSON.stringify(loaded.session.log, null, 2)}\n`,
  )
  return result.saved ? `Saved to ${result.where}.` : 'Export cancelled.'
}
