/** Settings in localStorage: small, synchronous, and harmless to reset if damaged. */
import { z } from 'zod'
import type { Settings } from '../../contract/host-api'

const KEY = 'need-to-know:settings'

const SettingsRecord = z.object({
  recentFiles: z.array(z.string()).catch([]),
  lastTableName: z.string().catch(''),
  defaultClock: z
    .union([
      z.object({ kind: z.literal('manual') }),
      z.object({ kind: z.literal('real-time'), speed: z.number().positive() }),
    ])
    .catch({ kind: 'manual' }),
})

export function loadSettings(): Settings {
  let raw: unknown = {}
  try {
    raw = JSON.parse(localStorage.getItem(KEY) ?? '{}')
  } catch {
    // Unreadable settings fall back to the defaults field by field (the .catch above).
  }
  return SettingsRecord.parse(typeof raw === 'object' && raw !== null ? raw : {})
}

export function saveSettings(settings: Settings): void {
  localStorage.setItem(KEY, JSON.stringify(settings))
}
