/**
 * HostApi for the browser edition: IndexedDB for sessions and the user's scenarios,
 * localStorage for settings, a file input to open, Blob downloads to export, the print
 * dialog for PDF and the Fullscreen API for the projector.
 *
 * A session is two records written in one transaction: `<id>:current` and `<id>:backup`
 * (the previous current). A record that fails validation is moved aside under
 * `<id>:corrupt:<time>` and reported through takeNotices; nothing is silently wiped.
 */
import type {
  ExportKind,
  ExportResult,
  HostApi,
  LoadedSession,
  OpenedScenario,
  SavedSession,
  SessionSummary,
  Settings,
  UserScenario,
} from './host-api'
import { openDatabase, requestToPromise, transact } from './idb'
import { parseSavedSession } from './saved-session-schema'
import { loadSettings, saveSettings } from './browser-settings'
import { downloadText, pickFiles, printHtml } from './browser-files'
import { ACCEPTED_FILES, readScenarioFiles } from './scenario-files'
import { onProjectorState, showOnProjector } from './browser-projector'
import type { ScenarioMedia } from '../../engine/scenario/material-images'

const CURRENT = ':current'
const BACKUP = ':backup'
const savedChannel = 'need-to-know:session-saved'

export function createBrowserHost(databaseName = 'need-to-know'): HostApi {
  const db = openDatabase(databaseName)
  const notices: string[] = []
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(savedChannel)

  /** Reads one record; an invalid one is moved aside (in the same transaction) and reported. */
  async function readChecked(id: string, suffix: string): Promise<SavedSession | null> {
    return transact(await db, 'sessions', 'readwrite', async (store) => {
      const key = id + suffix
      const raw: unknown = await requestToPromise(store.get(key))
      if (raw === undefined) return null
      const parsed = parseSavedSession(raw)
      if (parsed.ok) return parsed.session
      const aside = `${id}:corrupt:${new Date().toISOString()}`
      store.put(raw, aside)
      store.delete(key)
      notices.push(
        `The ${suffix === CURRENT ? 'latest' : 'backup'} save of session "${id}" was damaged ` +
          `(${parsed.reason}); it was kept aside as "${aside}".`,
      )
      return null
    })
  }

  async function loadSession(id: string): Promise<LoadedSession> {
    const current = await readChecked(id, CURRENT)
    if (current) return { ok: true, session: current, restoredFromBackup: false }
    const backup = await readChecked(id, BACKUP)
    if (backup) return { ok: true, session: backup, restoredFromBackup: true }
    return { ok: false, message: `Session "${id}" has no readable save.` }
  }

  async function sessionIds(): Promise<string[]> {
    const keys = await transact(await db, 'sessions', 'readonly', (store) =>
      requestToPromise(store.getAllKeys()),
    )
    const ids = keys
      .map(String)
      .filter((key) => key.endsWith(CURRENT) || key.endsWith(BACKUP))
      .map((key) => key.slice(0, key.lastIndexOf(':')))
    return [...new Set(ids)]
  }

  return {
    platform: 'web',

    async openScenarioFile(): Promise<OpenedScenario | null> {
      const files = await pickFiles(ACCEPTED_FILES, true)
      return files.length === 0 ? null : readScenarioFiles(files)
    },

    async listUserScenarios(): Promise<readonly UserScenario[]> {
      const all = await transact(await db, 'scenarios', 'readonly', (store) =>
        requestToPromise(store.getAll()),
      )
      return all.filter(isUserScenario).sort((a, b) => a.name.localeCompare(b.name))
    },

    async saveUserScenario(
      name: string,
      text: string,
      media?: ScenarioMedia,
    ): Promise<UserScenario> {
      // Images first: a scenario is never listed before the images it was saved with.
      if (media !== undefined) {
        await transact(await db, 'media', 'readwrite', async (store) => {
          if (Object.keys(media).length === 0) await requestToPromise(store.delete(name))
          else await requestToPromise(store.put(media, name))
        })
      }
      const scenario: UserScenario = { name, text, savedAt: new Date().toISOString() }
      await transact(await db, 'scenarios', 'readwrite', (store) =>
        requestToPromise(store.put(scenario, name)),
      )
      return scenario
    },

    async userScenarioMedia(name: string): Promise<ScenarioMedia> {
      const media: unknown = await transact(await db, 'media', 'readonly', (store) =>
        requestToPromise(store.get(name)),
      )
      return isMedia(media) ? media : {}
    },

    async deleteUserScenario(name: string): Promise<void> {
      await transact(await db, 'media', 'readwrite', (store) =>
        requestToPromise(store.delete(name)),
      )
      await transact(await db, 'scenarios', 'readwrite', (store) =>
        requestToPromise(store.delete(name)),
      )
    },

    async saveSession(session: SavedSession): Promise<void> {
      await transact(await db, 'sessions', 'readwrite', async (store) => {
        const previous: unknown = await requestToPromise(store.get(session.id + CURRENT))
        // Only a valid previous save becomes the backup: never replace a good backup with junk.
        if (previous !== undefined && parseSavedSession(previous).ok) {
          store.put(previous, session.id + BACKUP)
        }
        store.put(session, session.id + CURRENT)
      })
      channel?.postMessage(session.id)
    },

    async listSessions(): Promise<readonly SessionSummary[]> {
      const summaries: SessionSummary[] = []
      for (const id of await sessionIds()) {
        const loaded = await loadSession(id)
        if (loaded.ok && !loaded.session.finished) summaries.push(summarise(loaded.session))
      }
      return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    },

    loadSession,

    async deleteSession(id: string): Promise<void> {
      await transact(await db, 'sessions', 'readwrite', (store) => {
        store.delete(id + CURRENT)
        return requestToPromise(store.delete(id + BACKUP))
      })
    },

    getSettings: () => Promise.resolve(loadSettings()),

    updateSettings(patch: Partial<Settings>): Promise<Settings> {
      const next = { ...loadSettings(), ...patch }
      saveSettings(next)
      return Promise.resolve(next)
    },

    exportFile(kind: ExportKind, suggestedName: string, content: string): Promise<ExportResult> {
      if (kind === 'pdf') {
        printHtml(content)
        return Promise.resolve({ saved: true, where: 'the print dialog (choose “Save as PDF”)' })
      }
      downloadText(suggestedName, content, MIME[kind])
      return Promise.resolve({ saved: true, where: `your downloads as ${suggestedName}` })
    },

    async toggleProjector(): Promise<void> {
      if (document.fullscreenElement) await document.exitFullscreen()
      else await document.documentElement.requestFullscreen()
    },

    showOnProjector,
    onProjectorState,

    takeNotices(): Promise<readonly string[]> {
      return Promise.resolve(notices.splice(0))
    },

    onSessionSaved(listener: (id: string) => void): () => void {
      if (!channel) return () => undefined
      const handle = (event: MessageEvent<unknown>): void => {
        if (typeof event.data === 'string') listener(event.data)
      }
      channel.addEventListener('message', handle)
      return () => {
        channel.removeEventListener('message', handle)
      }
    },
  }
}

const MIME: Readonly<Record<Exclude<ExportKind, 'pdf'>, string>> = {
  html: 'text/html',
  md: 'text/markdown',
  json: 'application/json',
  log: 'application/json',
  yaml: 'application/yaml',
}

function summarise(session: SavedSession): SessionSummary {
  return {
    id: session.id,
    scenarioId: session.setup.scenarioId,
    tableName: session.setup.tableName,
    events: session.log.events.length,
    updatedAt: session.updatedAt,
  }
}

function isUserScenario(value: unknown): value is UserScenario {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return typeof record.name === 'string' && typeof record.text === 'string'
}

function isMedia(value: unknown): value is ScenarioMedia {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((url) => typeof url === 'string' && url.startsWith('data:image/'))
  )
}
