/**
 * HostApi for the browser edition: IndexedDB for sessions and the user's scenarios,
 * localStorage for settings, a file input to open, Blob downloads to export, the print
 * dialog for PDF and the Fullscreen API for the projector.
 * Sessions are kept as browser-sessions.ts says, over IndexedDB.
 */
import type {
  BinaryMime,
  ExportKind,
  ExportResult,
  HostApi,
  OpenedScenario,
  SavedSession,
  Settings,
  UserScenario,
} from '../../contract/host-api'
import { openDatabase, requestToPromise, transact } from './idb'
import { readSettings } from '../../contract/session-records'
import { browserSessions, type RecordTransaction } from './browser-sessions'
import {
  ScenarioMedia as MediaSchema,
  UserScenario as UserScenarioSchema,
} from '../../contract/host-schemas'
import { loadSettings, saveSettings } from './browser-settings'
import { Evaluation } from '../../engine/hseep/evaluation'
import { downloadBytes, downloadText, pickFiles, printHtml } from './browser-files'
import { ACCEPTED_FILES, readScenarioFiles } from './scenario-files'
import { onProjectorState, showOnProjector } from './browser-projector'
import type { ScenarioMedia } from '../../engine/scenario/material-images'

const savedChannel = 'need-to-know:session-saved'

export function createBrowserHost(databaseName = 'need-to-know'): HostApi {
  const db = openDatabase(databaseName)
  const notices: string[] = []
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(savedChannel)

  const sessions = browserSessions(
    async (mode, work) =>
      transact(await db, 'sessions', mode, (store) => work(recordTransaction(store))),
    notices,
  )

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
      return all
        .flatMap((record) => {
          const parsed = UserScenarioSchema.safeParse(record)
          return parsed.success ? [parsed.data] : []
        })
        .sort((a, b) => a.name.localeCompare(b.name))
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
      const parsed = MediaSchema.safeParse(media)
      return parsed.success ? parsed.data : {}
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
      await sessions.save(session)
      channel?.postMessage(session.id)
    },

    listSessions: () => sessions.list(),
    loadSession: (id) => sessions.load(id),
    async deleteSession(id: string): Promise<void> {
      await sessions.delete(id)
      await transact(await db, 'evaluations', 'readwrite', (store) =>
        requestToPromise(store.delete(id)),
      )
    },

    getSettings: () => Promise.resolve(loadSettings()),

    updateSettings(patch: Partial<Settings>): Promise<Settings> {
      const next = readSettings({ ...loadSettings(), ...patch }).settings
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

    async saveEvaluation(sessionId: string, evaluation: Evaluation): Promise<void> {
      const checked = Evaluation.parse(evaluation)
      await transact(await db, 'evaluations', 'readwrite', (store) =>
        requestToPromise(store.put(checked, sessionId)),
      )
    },

    async loadEvaluation(sessionId: string): Promise<Evaluation | null> {
      const raw: unknown = await transact(await db, 'evaluations', 'readonly', (store) =>
        requestToPromise(store.get(sessionId)),
      )
      if (raw === undefined) return null
      const parsed = Evaluation.safeParse(raw)
      if (parsed.success) return parsed.data
      notices.push(
        `The evaluation saved with session "${sessionId}" was not valid; it starts again.`,
      )
      return null
    },

    exportBytes(suggestedName: string, bytes: Uint8Array, mime: BinaryMime): Promise<ExportResult> {
      downloadBytes(suggestedName, bytes, mime)
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

/** The record-store operations over one IndexedDB object store of a transaction. */
function recordTransaction(store: IDBObjectStore): RecordTransaction {
  return {
    get: (key) => requestToPromise<unknown>(store.get(key)),
    put: async (key, value) => {
      await requestToPromise(store.put(value, key))
    },
    delete: async (key) => {
      await requestToPromise(store.delete(key))
    },
    keys: async () => (await requestToPromise(store.getAllKeys())).map(String),
  }
}
