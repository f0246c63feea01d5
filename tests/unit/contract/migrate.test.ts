/** Stored records carry a version; migrate reads old ones and refuses newer ones plainly. */
import { describe, expect, it } from 'vitest'
import {
  migrateSession,
  migrateSettings,
  SESSION_VERSION,
  SETTINGS_VERSION,
} from '../../../contract/migrate'
import {
  DEFAULT_SETTINGS,
  readSavedSession,
  readSettings,
  toStoredSession,
  toStoredSettings,
} from '../../../contract/session-records'
import { makeSession } from '../electron/session-fixture'

describe('migrate', () => {
  it('reads an unversioned (version 0) record as the current shape', () => {
    const session = makeSession('a', 1)
    expect(migrateSession(session)).toEqual({ ok: true, record: session })
    expect(migrateSettings({ lastTableName: 'x' })).toEqual({
      ok: true,
      record: { lastTableName: 'x' },
    })
  })

  it('strips the version of a current record, and stores it back with it', () => {
    const session = makeSession('a', 1)
    const stored = toStoredSession(session)
    expect(stored.version).toBe(SESSION_VERSION)
    expect(readSavedSession(stored)).toEqual({ ok: true, session })
    expect(toStoredSettings(DEFAULT_SETTINGS).version).toBe(SETTINGS_VERSION)
  })

  it('refuses a record from a newer app, saying to update', () => {
    const result = migrateSession({ version: SESSION_VERSION + 1 })
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.reason).toContain('newer version of Need to Know')
  })

  it.each([
    ['a list', []],
    ['text', 'session'],
    ['null', null],
  ])('refuses %s as a record', (_, raw) => {
    expect(migrateSession(raw).ok).toBe(false)
  })

  it.each([-1, 1.5, '1'])('refuses the version %j', (version) => {
    expect(migrateSession({ version }).ok).toBe(false)
  })
})

describe('settings, field by field', () => {
  it('keeps what reads and falls back for what does not, saying it was damaged', () => {
    expect(readSettings({ version: 1, lastTableName: 'Green', recentFiles: 'not a list' })).toEqual(
      {
        settings: { ...DEFAULT_SETTINGS, lastTableName: 'Green' },
        damaged: true,
      },
    )
  })

  it('starts from the defaults when nothing is stored, without calling that damage', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, damaged: false })
  })

  it('refuses settings from a newer app as damaged, with the defaults', () => {
    expect(readSettings({ version: 7, lastTableName: 'x' })).toEqual({
      settings: DEFAULT_SETTINGS,
      damaged: true,
    })
  })
})
