/** The native file dialogs behind the handlers' Platform interface. */
import {
  app,
  dialog,
  type BrowserWindow,
  type FileFilter,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron'
import { join } from 'node:path'
import type { ExportKindData } from '../../contract/host-schemas'

const FILTERS: Readonly<Record<ExportKindData, FileFilter>> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  html: { name: 'Web page', extensions: ['html'] },
  md: { name: 'Markdown', extensions: ['md'] },
  json: { name: 'JSON', extensions: ['json'] },
  log: { name: 'Exercise log (JSON)', extensions: ['json'] },
  yaml: { name: 'Scenario (YAML)', extensions: ['yaml', 'yml'] },
}

export async function chooseScenarioFile(parent: BrowserWindow | null): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Open a scenario',
    properties: ['openFile'],
    filters: [{ name: 'Scenario (YAML)', extensions: ['yaml', 'yml'] }],
  }
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

export async function chooseExportPath(
  parent: BrowserWindow | null,
  kind: ExportKindData,
  fileName: string,
): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: 'Export',
    defaultPath: join(app.getPath('documents'), fileName),
    filters: [FILTERS[kind]],
  }
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options)
  return result.canceled || result.filePath === '' ? null : result.filePath
}
