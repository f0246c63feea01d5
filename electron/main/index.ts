/**
 * The main process: one console window, an optional projector window, a native menu, and
 * the IPC handlers. Everything that decides anything lives in plain modules beside this
 * one; this file only wires them to Electron's lifecycle.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, Menu, session, type BrowserWindow } from 'electron'
import { registerIpc, sendEvent } from './ipc'
import { menuTemplate } from './menu-template'
import { Projector } from './projector'
import { hardenContents, hardenSession, type AppLocation } from './security'
import { createConsoleRoom, createServices } from './services'
import { createConsoleWindow, type WindowFiles } from './window'

const here = dirname(fileURLToPath(import.meta.url))
const files: WindowFiles = {
  indexHtml: join(here, '..', 'renderer', 'index.html'),
  preload: join(here, '..', 'preload', 'index.cjs'),
}
const location: AppLocation = {
  appUrl: pathToFileURL(files.indexHtml).href,
  appDir: pathToFileURL(join(here, '..', 'renderer', '/')).href,
}

let consoleWindow: BrowserWindow | null = null
const projector = new Projector(files, () => consoleWindow)
// The room serves the app's own pages (#/join) to participants' devices.
const room = createConsoleRoom(() => consoleWindow, join(here, '..', 'renderer'))

// Every renderer sandboxed, whatever a window's options say.
app.enableSandbox()
app.on('web-contents-created', (_event, contents) => {
  hardenContents(contents, location.appUrl)
})

function openConsole(): void {
  consoleWindow = createConsoleWindow(files)
  // The room follows the console's session: a reloaded or closed console stops it.
  consoleWindow.webContents.on('did-navigate', () => {
    void room.stop()
  })
  consoleWindow.on('closed', () => {
    consoleWindow = null
    projector.close()
    void room.stop()
  })
}

function installMenu(): void {
  const template = menuTemplate(
    {
      send: (command) => {
        if (consoleWindow) sendEvent(consoleWindow.webContents, 'menu:command', command)
      },
      toggleProjector: () => {
        projector.toggle()
      },
    },
    process.platform === 'darwin',
  )
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

async function start(): Promise<void> {
  await app.whenReady()
  hardenSession(session.defaultSession, location)
  registerIpc(
    await createServices({ console: () => consoleWindow, projector }, room),
    location.appUrl,
  )
  installMenu()
  openConsole()
  app.on('activate', () => {
    if (consoleWindow === null) openConsole()
  })
}

// One instance: two would write the same session files.
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    consoleWindow?.show()
    consoleWindow?.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  start().catch((error: unknown) => {
    console.error('Need to Know could not start:', error)
    app.exit(1)
  })
} else {
  app.quit()
}
