/**
 * What both hosts do with a stored session, once: read it back (migrate, then validate with
 * the contract's schema), store it with its version, summarise it for the Library and sort
 * the list. Pure, so one test suite covers the desktop's files and the browser's IndexedDB.
 */
import type { z } from 'zod'
import {
  SavedSession,
  Settings,
  SettingsPatch,
  type SavedSessionData,
  type SessionSummaryData,
  type SettingsData,
} from './host-schemas'
import {
  migrateSession,
  migrateSettings,
  SESSION_VERSION,
  SETTINGS_VERSION,
  withVersion,
} from './migrate'

export type ReadSession =
  | { readonly ok: true; readonly session: SavedSessionData }
  | { readonly ok: false; readonly reason: string }

/** A stored record -> the session, or the first thing wrong with it in words. */
export function readSavedSession(raw: unknown): ReadSession {
  const migrated = migrateSession(raw)
  if (!migrated.ok) return migrated
  const parsed = SavedSession.safeParse(migrated.record)
  if (parsed.success) return { ok: true, session: parsed.data }
  return { ok: false, reason: firstIssue(parsed.error) }
}

/** The record to store: the session with the version of its shape. */
export function toStoredSession(session: SavedSessionData): SavedSessionData & { version: number } {
  return withVersion(session, SESSION_VERSION)
}

export function summarise(session: SavedSessionData): SessionSummaryData {
  return {
    id: session.id,
    scenarioId: session.setup.scenarioId,
    tableName: session.setup.tableName,
    events: session.log.events.length,
    finished: session.finished,
    updatedAt: session.updatedAt,
  }
}

/** Newest first; the same moment is ordered by id, so the list never reshuffles. */
export function newestFirst(a: SessionSummaryData, b: SessionSummaryData): number {
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id)
}

export const DEFAULT_SETTINGS: SettingsData = {
  recentFiles: [],
  lastTableName: '',
  defaultClock: { kind: 'manual' },
}

/**
 * Stored settings -> the settings, field by field: a field that does not read falls back to
 * its default (losing a remembered table name costs a retyped name, never play), and
 * `damaged` says so, for the host to tell the user once.
 */
export function readSettings(raw: unknown): {
  readonly settings: SettingsData
  readonly damaged: boolean
} {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, damaged: false }
  const migrated = migrateSettings(raw)
  if (!migrated.ok) return { settings: DEFAULT_SETTINGS, damaged: true }
  let damaged = false
  const fields: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(migrated.record)) {
    const field = SettingsPatch.safeParse({ [key]: value })
    if (field.success) Object.assign(fields, field.data)
    else damaged = true
  }
  const settings = Settings.safeParse({ ...DEFAULT_SETTINGS, ...fields })
  return settings.success
    ? { settings: settings.data, damaged }
    : { settings: DEFAULT_SETTINGS, damaged: true }
}

export function toStoredSettings(settings: SettingsData): SettingsData & { version: number } {
  return withVersion(settings, SETTINGS_VERSION)
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (issue === undefined) return 'unknown problem'
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message
}
