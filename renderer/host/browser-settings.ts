/**
 * Settings in localStorage: small, synchronous, and harmless to reset if damaged. Read and
 * stored as the desktop stores them (contract/session-records.ts: versioned, field by field).
 */
import type { Settings } from '../../contract/host-api'
import { readSettings, toStoredSettings } from '../../contract/session-records'

const KEY = 'need-to-know:settings'

export function loadSettings(): Settings {
  let raw: unknown
  try {
    raw = JSON.parse(localStorage.getItem(KEY) ?? 'null')
  } catch {
    // Unreadable settings fall back to the defaults.
    raw = undefined
  }
  return readSettings(raw).settings
}

export function saveSettings(settings: Settings): void {
  localStorage.setItem(KEY, JSON.stringify(toStoredSettings(settings)))
}
