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
import type { BinaryMimeData, ExportKindData } from '../../contract/host-schemas'

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

const BINARY_FILTERS: Readonly<Record<BinaryMimeData, FileFilter>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    name: 'Word document',
    extensions: ['docx'],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    name: 'Excel workbook',
    extensions: ['xlsx'],
  },
  'text/csv': { name: 'CSV (comma-separated values)', extensions: ['csv'] },
}

export function chooseExportPath(
  parent: BrowserWindow | null,
  kind: ExportKindData,
  fileName: string,
): Promise<string | null> {
  return chooseSavePath(parent, FILTERS[kind], fileName)
}

export function chooseBinaryExportPath(
  parent: BrowserWindow | null,
  mime: BinaryMimeData,
  fileName: string,
): Promise<string | null> {
  return chooseSavePath(parent, BINARY_FILTERS[mime], fileName)
}

async function chooseSavePath(
  parent: BrowserWindow | null,
  filter: FileFilter,
  fileName: string,
): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: 'Export',
    defaultPath: join(app.getPath('documents'), fileName),
    filters: [filter],
  }
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options)
  return result.canceled || result.filePath === '' ? null : result.filePath
}
