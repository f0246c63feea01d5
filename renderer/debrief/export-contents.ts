/** The text of every export the debrief offers; a kind is absent when it cannot be made. */
import type { Debrief } from '../../engine/debrief/schema'
import type { Log } from '../../engine/exercise/log'
import type { ExportKind } from '../host/host-api'

export function exportContents(
  log: Log,
  debrief: Debrief | undefined,
): Partial<Record<ExportKind, string>> {
  const files: Partial<Record<ExportKind, string>> = { log: json(log) }
  if (!debrief) return files
  return { ...files, json: json(debrief) }
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
