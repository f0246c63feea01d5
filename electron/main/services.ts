/**
 * Builds the main process's services — stores under userData, the Platform the handlers
 * use — from the windows it is given. Kept apart from index.ts so the app's lifecycle
 * reads on its own.
 */
import { join } from 'node:path'
import { app, BrowserWindow } from 'electron'
import ElectronStore from 'electron-store'
import { chooseBinaryExportPath, chooseExportPath, chooseScenarioFile } from './dialogs'
import { createHandlers, type Platform } from './handlers'
import { sendEvent } from './ipc'
import { printToPdf } from './pdf'
import { EvaluationStore } from './persistence/evaluation-store'
import { Notices } from './persistence/notices'
import { ScenarioStore } from './persistence/scenario-store'
import { SessionStore } from './persistence/session-store'
import { SettingsStore, openStoreSafely } from './persistence/settings-store'
import type { Projector } from './projector'
import { ConsoleRoom } from './room/console-room'

export interface Windows {
  readonly console: () => BrowserWindow | null
  readonly projector: Projector
}

/**
 * The console's room: participants' commands and the room's status go to the console
 * window only (the one that owns the session); `site` is the app's own built pages.
 */
export function createConsoleRoom(console: () => BrowserWindow | null, site: string): ConsoleRoom {
  return new ConsoleRoom({
    site,
    forward: (command) => {
      const window = console()
      if (window) sendEvent(window.webContents, 'room:command', command)
    },
    status: (status) => {
      const window = console()
      if (window) sendEvent(window.webContents, 'room:status', status)
    },
  })
}

export async function createServices(
  windows: Windows,
  room: ConsoleRoom,
): Promise<ReturnType<typeof createHandlers>> {
  const userData = app.getPath('userData')
  const notices = new Notices()
  const store = await openStoreSafely(
    () => new ElectronStore({ name: 'settings' }),
    join(userData, 'settings.json'),
    notices,
  )
  const platform: Platform = {
    chooseScenarioFile: () => chooseScenarioFile(windows.console()),
    chooseExportPath: (kind, name) => chooseExportPath(windows.console(), kind, name),
    chooseBinaryExportPath: (mime, name) => chooseBinaryExportPath(windows.console(), mime, name),
    printToPdf: (html) => printToPdf(html, join(app.getPath('temp'), 'need-to-know-pdf')),
    toggleProjector: () => {
      windows.projector.toggle()
    },
    sessionSaved: (id) => {
      // Windows only (the console, the projector), not devtools; the PDF printer ignores it.
      for (const window of BrowserWindow.getAllWindows()) {
        sendEvent(window.webContents, 'session:saved', id)
      }
    },
    projectorState: (state) => {
      for (const window of BrowserWindow.getAllWindows()) {
        sendEvent(window.webContents, 'projector:state', state)
      }
    },
  }
  return createHandlers({
    sessions: new SessionStore(join(userData, 'sessions'), notices),
    evaluations: new EvaluationStore(join(userData, 'evaluations'), notices),
    scenarios: new ScenarioStore(join(userData, 'scenarios')),
    settings: new SettingsStore(store, notices),
    notices,
    platform,
    room,
  })
}
