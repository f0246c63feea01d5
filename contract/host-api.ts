/**
 * Everything platform-specific the renderer needs, behind one interface. The Electron preload
 * implements it over IPC (electron/preload), the browser edition with IndexedDB, a file input
 * and downloads (renderer/host/browser-host.ts), tests with fakes. Nothing else in the
 * renderer touches storage, files or windows.
 *
 * The data it carries is defined once, as zod schemas in `host-schemas.ts`; the types here
 * are what those schemas parse to. Types only: the preload imports this module too.
 */
import type { Evaluation } from '../engine/hseep/evaluation'
import type { ScenarioMedia } from '../engine/scenario/material-images'
import type {
  BinaryMimeData,
  ProjectorStateData,
  ClockModeData,
  ExportKindData,
  ExportResultData,
  LoadedSessionData,
  MenuCommandData,
  OpenedScenarioData,
  SavedSessionData,
  SessionSetupData,
  SessionSummaryData,
  SettingsData,
  UserScenarioData,
} from './host-schemas'
import type {
  CommandAnswerData,
  ForwardedCommandData,
  NetworkChoiceData,
  RoomStartData,
  RoomStatusData,
  RoomSyncData,
  SeatActionData,
} from './room-schemas'

/** A scenario file the user opened or saved (the shipped ones are bundled with the app). */
export type UserScenario = UserScenarioData
/** A scenario file the user opened, its images, and what is worth telling them. */
export type OpenedScenario = OpenedScenarioData
export type ClockMode = ClockModeData
/** How a session was set up: enough, with the log, to resume it exactly. */
export type SessionSetup = SessionSetupData
/** One session: its setup and its log (the truth; everything else is rebuilt from it). */
export type SavedSession = SavedSessionData
/** A session as the Library lists it: unfinished ones to resume, finished ones to look back at. */
export type SessionSummary = SessionSummaryData
export type LoadedSession = LoadedSessionData
export type Settings = SettingsData
export type ExportKind = ExportKindData
export type ExportResult = ExportResultData
/** The formats `exportBytes` writes: Word, Excel, CSV. */
export type BinaryMime = BinaryMimeData
/** Commands of the desktop app's native menu that the page carries out. */
export type MenuCommand = MenuCommandData
export type { ScenarioMedia }

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
  /** Every session, finished or not, newest first. */
  listSessions(): Promise<readonly SessionSummary[]>
  /** Loads a session; a corrupt save is moved aside and the backup restored, and the result says so. */
  loadSession(id: string): Promise<LoadedSession>
  deleteSession(id: string): Promise<void>

  getSettings(): Promise<Settings>
  /** The recent files are the host's own: it adds a file the user opened. */
  updateSettings(patch: Partial<Omit<Settings, 'recentFiles'>>): Promise<Settings>

  /** Saves an export; `content` is the text (for `pdf`, the HTML to print). */
  exportFile(kind: ExportKind, suggestedName: string, content: string): Promise<ExportResult>

  /** Saves a binary export: a Word, Excel or CSV file, named by its MIME type (docs/hseep.md). */
  exportBytes(suggestedName: string, bytes: Uint8Array, mime: BinaryMime): Promise<ExportResult>

  /**
   * The session's HSEEP evaluation — final ratings, hot wash, plan, feedback, details
   * (`ttx-evaluation/1`, engine/hseep/evaluation.ts, docs/hseep.md) — kept apart from its log
   * and deleted with the session. `loadEvaluation` resolves null when there is none, or when
   * the stored one is not valid (the host says so in its notices; the desktop keeps the file
   * aside).
   */
  saveEvaluation(sessionId: string, evaluation: Evaluation): Promise<void>
  loadEvaluation(sessionId: string): Promise<Evaluation | null>

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
  showOnProjector?(state: ProjectorStateData): Promise<void>

  /**
   * Optional: calls `listener` with the projector state the console sent last, at once (null
   * if none) and then on every change. Returns the unsubscribe function.
   */
  onProjectorState?(listener: (state: ProjectorStateData) => void): () => void

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

  /**
   * Optional (the desktop app: a browser page cannot listen on the network): hosting the
   * running session for participants' own devices, "Let participants join".
   */
  readonly room?: RoomHostApi
}

/**
 * The desktop console's room (docs/room-hosting.md, "In the desktop app"). The server lives
 * in the main process; the console keeps the one log. Main forwards each participant's
 * command (`onCommand`), the console checks it with the engine and answers (`answer`), and
 * sends its log and clock after every change (`sync`) so main projects each device's view.
 */
export interface RoomHostApi {
  /** The computer's network addresses a room may listen on (loopback excluded). */
  addresses(): Promise<readonly NetworkChoiceData[]>
  /** Starts hosting (stopping any room already hosted); throws with a message for the user. */
  start(request: RoomStartData): Promise<RoomStatusData>
  /** Stops hosting; every device is told. Nothing happens when no room is hosted. */
  stop(): Promise<RoomStatusData>
  sync(state: RoomSyncData): Promise<void>
  answer(id: string, answer: CommandAnswerData): Promise<void>
  /** Lets a waiting device in, or frees a role's seat (its device is told). */
  seat(role: string, action: SeatActionData): Promise<RoomStatusData>
  /** Calls `listener` with every change of the room (seats, connections, stopped). */
  onStatus(listener: (status: RoomStatusData) => void): () => void
  onCommand(listener: (command: ForwardedCommandData) => void): () => void
}
