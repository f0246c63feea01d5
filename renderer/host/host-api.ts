/*
 * NOTE for the Electron preload (from the renderer, issue 6): one OPTIONAL member was added,
 * `onSessionSaved(listener) => unsubscribe`. The projector route (#/projector, also what the
 * Electron projector window loads) uses it to re-read the session whenever the console saves.
 * The browser host implements it with a BroadcastChannel; without it the projector polls
 * `loadSession` once a second. In Electron: main could broadcast `session:saved` with the id
 * to every window after each saveSession.
 */
/**
 * Everything platform-specific the renderer needs, behind one interface. The Electron preload
 * implements it over IPC (electron/preload), the browser edition with IndexedDB, a file input
 * and downloads (renderer/host/browser-host.ts), tests with fakes. Nothing else in the
 * renderer touches storage, files or windows.
 *
 * Types only: this module is imported by the preload too, so it must stay free of code.
 */
import type { Log } from '../../engine/exercise/log'
import type { ScenarioMedia } from '../../engine/scenario/material-images'
import type { ProjectorState } from '../projector/projector-state'

/** A scenario file the user opened or saved (the shipped ones are bundled with the app). */
export interface UserScenario {
  /** File name shown to the user, e.g. "bus-stop.yaml". */
  readonly name: string
  /** The YAML text, exactly as written. */
  readonly text: string
  /** ISO 8601 time of the last save. */
  readonly savedAt: string
}

/** A scenario file the user opened, and what is worth telling them though it opened. */
export interface OpenedScenario {
  readonly scenario: UserScenario
  /** The images its materials use, read from its folder or given with it. */
  readonly media: ScenarioMedia
  /** E.g. an image its materials use that was not found beside it. */
  readonly notes: readonly string[]
}

export type ClockMode =
  { readonly kind: 'manual' } | { readonly kind: 'real-time'; readonly speed: number }

/** How a session was set up: enough, with the log, to resume it exactly. */
export interface SessionSetup {
  readonly scenarioId: string
  /** The scenario's YAML text, so a session of a user's own scenario resumes even if the file moved. */
  readonly scenarioText: string
  readonly tableName: string
  /** Player roles played at the table (the others are played by the facilitator or skipped). */
  readonly roles: readonly string[]
  /** Policy profile name; "default" or the name of a custom profile. */
  readonly policy: string
  /** The custom profile's YAML text when `policy` is not "default". */
  readonly policyText?: string
  readonly clock: ClockMode
}

export interface SavedSession {
  /** Stable id, safe as a file name: [a-z0-9-]. */
  readonly id: string
  readonly setup: SessionSetup
  /** The log is the truth; everything else is rebuilt from it. */
  readonly log: Log
  /** True once play ended and the debrief was shown: no longer offered for resume. */
  readonly finished: boolean
  /** ISO 8601 time of the last save. */
  readonly updatedAt: string
}

/** A session offered on the Library screen for resuming. */
export interface SessionSummary {
  readonly id: string
  readonly scenarioId: string
  readonly tableName: string
  readonly events: number
  readonly updatedAt: string
}

export type LoadedSession =
  | { readonly ok: true; readonly session: SavedSession; readonly restoredFromBackup: boolean }
  | { readonly ok: false; readonly message: string }

export interface Settings {
  readonly recentFiles: readonly string[]
  readonly lastTableName: string
  readonly defaultClock: ClockMode
}

/** `yaml`: one of the user's scenarios, downloaded or saved elsewhere. */
export type ExportKind = 'pdf' | 'html' | 'md' | 'json' | 'log' | 'yaml'

export type ExportResult =
  { readonly saved: true; readonly where: string } | { readonly saved: false }

export interface HostApi {
  readonly platform: 'electron' | 'web'

  /**
   * Opens a scenario file chosen by the user, with the images its materials use; null when
   * cancelled. Throws an Error whose message is for the user when the choice is refused.
   */
  openScenarioFile(): Promise<OpenedScenario | null>
  listUserScenarios(): Promise<readonly UserScenario[]>
  /**
   * Saves (or overwrites, by name) one of the user's scenarios. `media` replaces its images;
   * without it the images already saved under that name are kept (the studio edits text).
   */
  saveUserScenario(name: string, text: string, media?: ScenarioMedia): Promise<UserScenario>
  /**
   * The images saved with one of the user's scenarios (none if it has none). Apart from the
   * list, so listing the library never carries every scenario's images.
   */
  userScenarioMedia(name: string): Promise<ScenarioMedia>
  /** Deletes one of the user's scenarios with its images (nothing happens if there is none). */
  deleteUserScenario(name: string): Promise<void>

  /** Saves the whole session atomically, keeping the previous save as a backup. */
  saveSession(session: SavedSession): Promise<void>
  /** Unfinished sessions, newest first. */
  listSessions(): Promise<readonly SessionSummary[]>
  /** Loads a session; a corrupt save is moved aside and the backup restored, and the result says so. */
  loadSession(id: string): Promise<LoadedSession>
  deleteSession(id: string): Promise<void>

  getSettings(): Promise<Settings>
  /** The recent files are the host's own: it adds a file the user opened. */
  updateSettings(patch: Partial<Omit<Settings, 'recentFiles'>>): Promise<Settings>

  /** Saves an export; `content` is the text (for `pdf`, the HTML to print). */
  exportFile(kind: ExportKind, suggestedName: string, content: string): Promise<ExportResult>

  /** Shows the projector view on a second display, or toggles full screen where there is none. */
  toggleProjector(): Promise<void>

  /** Problems the host noticed on its own (e.g. a corrupt save moved aside), to tell the user once. */
  takeNotices(): Promise<readonly string[]>

  /**
   * Optional: calls `listener` with the session id whenever any window saves a session.
   * Returns the unsubscribe function.
   */
  onSessionSaved?(listener: (id: string) => void): () => void

  /**
   * Optional: sends what the room sees to the projector window (`#/projector`); null when no
   * session is running. The console calls it whenever its projector state changes.
   */
  showOnProjector?(state: ProjectorState | null): Promise<void>

  /**
   * Optional: calls `listener` with the projector state the console sent last, at once (null
   * if none) and then on every change. Returns the unsubscribe function.
   */
  onProjectorState?(listener: (state: ProjectorState | null) => void): () => void

  /**
   * Optional: calls `listener` when the user picks a command from the desktop app's native
   * menu (the browser has none). Returns the unsubscribe function.
   */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void

  /**
   * Optional (the desktop app; a browser cannot reopen a file by its path): opens again one
   * of `Settings.recentFiles`, read fresh from disk with its images. Any other path is refused.
   */
  openRecentFile?(path: string): Promise<OpenedScenario>
}

/** Commands of the desktop app's native menu that the page carries out. */
export type MenuCommand = 'open-scenario' | 'export' | 'undo'
