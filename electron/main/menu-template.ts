/**
 * The native menu, as data. Items the renderer owns (open, export, undo) are forwarded as
 * `menu:command`; the projector and full screen are main's own. Only types come from
 * electron, so the template is tested in plain Node.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../ipc/contract'

export interface MenuActions {
  readonly send: (command: MenuCommand) => void
  readonly toggleProjector: () => void
}

export function menuTemplate(actions: MenuActions, isMac: boolean): MenuItemConstructorOptions[] {
  const app: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : []
  return [...app, fileMenu(actions, isMac), editMenu(actions), viewMenu(actions)]
}

function fileMenu(actions: MenuActions, isMac: boolean): MenuItemConstructorOptions {
  return {
    label: '&File',
    submenu: [
      {
        label: 'Open Scenario…',
        accelerator: 'CmdOrCtrl+O',
        click: () => {
          actions.send('open-scenario')
        },
      },
      {
        label: 'Export…',
        accelerator: 'CmdOrCtrl+E',
        click: () => {
          actions.send('export')
        },
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  }
}

function editMenu(actions: MenuActions): MenuItemConstructorOptions {
  return {
    label: '&Edit',
    submenu: [
      // The renderer handles Ctrl+Z itself (and leaves it to text fields while typing), so
      // the key is only shown here; registering it would swallow it before the page.
      {
        label: 'Undo Last Step',
        accelerator: 'CmdOrCtrl+Z',
        registerAccelerator: false,
        click: () => {
          actions.send('undo')
        },
      },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  }
}

function viewMenu(actions: MenuActions): MenuItemConstructorOptions {
  return {
    label: '&View',
    submenu: [
      { label: 'Projector', accelerator: 'CmdOrCtrl+P', click: actions.toggleProjector },
      // A second key for the same item (presentation clickers send F5).
      { label: 'Projector', accelerator: 'F5', click: actions.toggleProjector, visible: false },
      { label: 'Full Screen', role: 'togglefullscreen', accelerator: 'F11' },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
    ],
  }
}
