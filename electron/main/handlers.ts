/**
 * What each IPC channel does, written against small interfaces (stores, and the few
 * things only Electron can do: dialogs, PDF, the projector), so this file imports no
 * electron and is unit-tested with fakes and a temp directory.
 */
import type { Handlers } from '../ipc/dispatch'
import type {
  BinaryMimeData,
  ExportKindData,
  ExportResultData,
  OpenedScenarioData,
  ProjectorStateData,
} from '../../contract/host-schemas'
import { basename } from 'node:path'
import { writeFileAtomic } from './persistence/atomic-write'
import type { EvaluationStore } from './persistence/evaluation-store'
import { createRoomHandlers, type RoomService } from './room/room-handlers'
import type { Notices } from './persistence/notices'
import { readScenarioMedia } from './persistence/scenario-media'
import { readScenarioFile, type ScenarioStore } from './persistence/scenario-store'
import { isMissing } from './persistence/session-files'
import type { SessionStore } from './persistence/session-store'
import type { SettingsStore } from './persistence/settings-store'

/** The platform services behind the handlers; electron/main implements them. */
export interface Platform {
  /** Asks the user for a scenario file to open; null when cancelled. */
  chooseScenarioFile(): Promise<string | null>
  /** Asks the user where to save an export; null when cancelled. */
  chooseExportPath(kind: ExportKindData, suggestedName: string): Promise<string | null>
  /** Asks the user where to save a Word, Excel or CSV file; null when cancelled. */
  chooseBinaryExportPath(mime: BinaryMimeData, suggestedName: string): Promise<string | null>
  /** Prints HTML to PDF in a sandboxed window with JavaScript disabled. */
  printToPdf(html: string): Promise<Uint8Array>
  toggleProjector(): void
  /** Tells every window a session was saved (the projector window re-reads it). */
  sessionSaved(id: string): void
  /** Sends the console's projector state to every window (the projector window shows it). */
  projectorState(state: ProjectorStateData): void
}

export interface HandlerDeps {
  readonly sessions: SessionStore
  readonly evaluations: EvaluationStore
  readonly scenarios: ScenarioStore
  readonly settings: SettingsStore
  readonly notices: Notices
  readonly platform: Platform
  /** Hosting the console's session for participants' devices (electron/main/room/). */
  readonly room?: RoomService
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { sessions, evaluations, scenarios, settings, notices, platform } = deps
  // The last state the console sent, for a projector window opened after it.
  let projector: ProjectorStateData = null
  return {
    'scenario:open-file': () => openScenario(deps),
    'scenario:list-user': () => scenarios.list(),
    'scenario:save-user': ([name, text, media]) => scenarios.save(name, text, media),
    'scenario:media': ([name]) => scenarios.media(name),
    'scenario:delete-user': ([name]) => scenarios.delete(name),
    'scenario:open-recent': ([file]) => openRecent(deps, file),
    'session:save': async ([session]) => {
      await sessions.save(session)
      platform.sessionSaved(session.id)
    },
    'session:list': () => sessions.list(),
    'session:load': ([id]) => sessions.load(id),
    'session:delete': async ([id]) => {
      await sessions.delete(id)
      await evaluations.delete(id)
    },
    'settings:get': () => Promise.resolve(settings.get()),
    'settings:update': ([patch]) => Promise.resolve(settings.update(patch)),
    'export:save': ([kind, name, content]) => exportFile(platform, kind, name, content),
    'projector:toggle': () => {
      platform.toggleProjector()
      return Promise.resolve()
    },
    'projector:show': ([state]) => {
      projector = state
      platform.projectorState(state)
      return Promise.resolve()
    },
    'projector:current': () => Promise.resolve(projector),
    'notices:take': () => Promise.resolve(notices.take()),
    'export:save-bytes': ([name, bytes, mime]) => exportBytes(platform, name, bytes, mime),
    'evaluation:save': ([id, evaluation]) => evaluations.save(id, evaluation),
    'evaluation:load': ([id]) => evaluations.load(id),
    ...createRoomHandlers(deps.room),
  }
}

async function openScenario(deps: HandlerDeps): Promise<OpenedScenarioData | null> {
  const file = await deps.platform.chooseScenarioFile()
  return file === null ? null : openScenarioAt(deps, file)
}

/** Only a file the user once picked in the dialog: never a path the page chose. */
async function openRecent(deps: HandlerDeps, file: string): Promise<OpenedScenarioData> {
  if (!deps.settings.get().recentFiles.includes(file)) {
    throw new Error(
      `${basename(file)} is not among the recent files; open it with "Open a scenario file…".`,
    )
  }
  try {
    return await openScenarioAt(deps, file)
  } catch (error) {
    if (!isMissing(error)) throw error
    deps.settings.removeRecentFile(file)
    throw new Error(`${basename(file)} is no longer at ${file}; it was taken off the recent files.`)
  }
}

async function openScenarioAt(deps: HandlerDeps, file: string): Promise<OpenedScenarioData> {
  const scenario = await readScenarioFile(file)
  const { media, notes } = await readScenarioMedia(file, scenario.text)
  deps.settings.addRecentFile(file)
  return { scenario, media, notes }
}

const EXTENSIONS: Readonly<Record<ExportKindData, string>> = {
  pdf: '.pdf',
  html: '.html',
  md: '.md',
  json: '.json',
  log: '.log.json',
  yaml: '.yaml',
}

/** The suggested name with the kind's extension, so the dialog proposes a sensible file. */
export function exportFileName(kind: ExportKindData, suggestedName: string): string {
  const extension = EXTENSIONS[kind]
  return suggestedName.toLowerCase().endsWith(extension)
    ? suggestedName
    : `${suggestedName}${extension}`
}

async function exportFile(
  platform: Platform,
  kind: ExportKindData,
  suggestedName: string,
  content: string,
): Promise<ExportResultData> {
  const where = await platform.chooseExportPath(kind, exportFileName(kind, suggestedName))
  if (where === null) return { saved: false }
  const data = kind === 'pdf' ? await platform.printToPdf(content) : content
  await writeFileAtomic(where, data)
  return { saved: true, where }
}

/** The extension of each binary export, by MIME type (docs/hseep.md). */
export const BINARY_EXTENSIONS: Readonly<Record<BinaryMimeData, string>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'text/csv': '.csv',
}

async function exportBytes(
  platform: Platform,
  suggestedName: string,
  bytes: Uint8Array,
  mime: BinaryMimeData,
): Promise<ExportResultData> {
  const extension = BINARY_EXTENSIONS[mime]
  const name = suggestedName.toLowerCase().endsWith(extension)
    ? suggestedName
    : `${suggestedName}${extension}`
  const where = await platform.chooseBinaryExportPath(mime, name)
  if (where === null) return { saved: false }
  await writeFileAtomic(where, bytes)
  return { saved: true, where }
}
