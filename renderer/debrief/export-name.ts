/**
 * Export file names: `<scenario>-<table>-<date>.<extension>`, so the files of two tables,
 * or of the same table on two days, never take each other's names in a downloads folder.
 */
import type { ExportKind } from '../../contract/host-api'

const EXTENSIONS: Readonly<Record<ExportKind, string>> = {
  pdf: 'pdf',
  html: 'html',
  md: 'md',
  json: 'debrief.json',
  log: 'log.json',
  yaml: 'yaml',
}

/** "Table 3 (Willow Creek)" -> "table-3-willow-creek"; empty when nothing is left. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

/** The session's day, as written in the file name (the local date of an ISO time). */
export function dayOf(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export function exportFileName(
  scenarioId: string,
  tableName: string,
  iso: string,
  kind: ExportKind,
): string {
  const parts = [scenarioId, slug(tableName), dayOf(iso)].filter((part) => part !== '')
  return `${parts.join('-')}.${EXTENSIONS[kind]}`
}
