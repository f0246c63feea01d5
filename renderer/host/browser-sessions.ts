/**
 * The browser edition's sessions over a key-value store of records, one transaction per
 * operation (IndexedDB in the app, a Map in the tests, so the same contract suite runs
 * against it and the desktop's files). A session is two records written in one transaction:
 * `<id>:current` and `<id>:backup` (the previous current). A record is read back exactly as
 * the desktop reads its files (contract/session-records.ts: migrate the stored version, then
 * validate); one that fails is moved aside under `<id>:corrupt:<time>` and reported through
 * `notices`; nothing is silently wiped.
 */
import type { LoadedSession, SavedSession, SessionSummary } from '../../contract/host-api'
import {
  newestFirst,
  readSavedSession,
  summarise,
  toStoredSession,
} from '../../contract/session-records'

/** The store's operations inside one transaction. */
export interface RecordTransaction {
  get(key: string): Promise<unknown>
  put(key: string, value: unknown): Promise<void>
  delete(key: string): Promise<void>
  keys(): Promise<readonly string[]>
}

/** Runs `work` in one transaction: all of its writes are kept, or none. */
export type Transact = <T>(
  mode: 'readonly' | 'readwrite',
  work: (tx: RecordTransaction) => Promise<T>,
) => Promise<T>

const CURRENT = ':current'
const BACKUP = ':backup'

export interface BrowserSessions {
  save(session: SavedSession): Promise<void>
  load(id: string): Promise<LoadedSession>
  list(): Promise<readonly SessionSummary[]>
  delete(id: string): Promise<void>
}

export function browserSessions(
  transact: Transact,
  notices: string[],
  now: () => Date = () => new Date(),
): BrowserSessions {
  /** Reads one record; an invalid one is moved aside (in the same transaction) and reported. */
  function readChecked(id: string, suffix: string): Promise<SavedSession | null> {
    return transact('readwrite', async (tx) => {
      const key = id + suffix
      const raw = await tx.get(key)
      if (raw === undefined) return null
      const parsed = readSavedSession(raw)
      if (parsed.ok) return parsed.session
      const aside = `${id}:corrupt:${now().toISOString()}`
      await tx.put(aside, raw)
      await tx.delete(key)
      notices.push(
        `The ${suffix === CURRENT ? 'latest' : 'backup'} save of session "${id}" was damaged ` +
          `(${parsed.reason}); it was kept aside as "${aside}".`,
      )
      return null
    })
  }

  async function load(id: string): Promise<LoadedSession> {
    const current = await readChecked(id, CURRENT)
    if (current) return { ok: true, session: current, restoredFromBackup: false }
    const backup = await readChecked(id, BACKUP)
    if (backup) return { ok: true, session: backup, restoredFromBackup: true }
    return { ok: false, message: `Session "${id}" has no readable save.` }
  }

  async function ids(): Promise<string[]> {
    const keys = await transact('readonly', (tx) => tx.keys())
    const found = keys
      .filter((key) => key.endsWith(CURRENT) || key.endsWith(BACKUP))
      .map((key) => key.slice(0, key.lastIndexOf(':')))
    return [...new Set(found)]
  }

  return {
    save(session) {
      return transact('readwrite', async (tx) => {
        const previous = await tx.get(session.id + CURRENT)
        // Only a valid previous save becomes the backup: never replace a good backup with junk.
        if (previous !== undefined && readSavedSession(previous).ok) {
          await tx.put(session.id + BACKUP, previous)
        }
        await tx.put(session.id + CURRENT, toStoredSession(session))
      })
    },
    load,
    async list() {
      const summaries: SessionSummary[] = []
      for (const id of await ids()) {
        const loaded = await load(id)
        if (loaded.ok) summaries.push(summarise(loaded.session))
      }
      return summaries.sort(newestFirst)
    },
    delete(id) {
      return transact('readwrite', async (tx) => {
        await tx.delete(id + CURRENT)
        await tx.delete(id + BACKUP)
      })
    },
  }
}
