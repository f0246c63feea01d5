/**
 * The app's windows: the facilitator's console and the projector. Both load the same
 * page from the app's own files, with the preload and every isolation switch on.
 */
import { BrowserWindow, type Rectangle, type WebPreferences } from 'electron'

export interface WindowFiles {
  /** Absolute path of the renderer's index.html. */
  readonly indexHtml: string
  /** Absolute path of the built preload script. */
  readonly preload: string
}

/** The switches that keep a page from reaching Node, set explicitly rather than trusted to defaults. */
export function securePreferences(preload: string | undefined): WebPreferences {
  return {
    ...(preload === undefined ? {} : { preload }),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // A middle click could otherwise open a window; new windows are refused anyway.
    disableBlinkFeatures: 'Auxclick',
  }
}

export function createConsoleWindow(files: WindowFiles): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    title: 'Need to Know',
    show: false,
    backgroundColor: '#111418',
    webPreferences: securePreferences(files.preload),
  })
  window.once('ready-to-show', () => {
    window.show()
  })
  void window.loadFile(files.indexHtml)
  return window
}

/** The room's view, full screen on the given display, showing the #/projector route. */
export function createProjectorWindow(files: WindowFiles, bounds: Rectangle): BrowserWindow {
  const window = new BrowserWindow({
    ...bounds,
    title: 'Need to Know — Projector',
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#000000',
    webPreferences: securePreferences(files.preload),
  })
  void window.loadFile(files.indexHtml, { hash: '/projector' })
  return window
}
