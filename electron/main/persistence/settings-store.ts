/**
 * Settings and recent files, kept in electron-store (a `conf` store) under one key and
 * validated with zod on every read. A store file that is not JSON is moved aside rather
 * than cleared, and invalid settings fall back to the defaults with a notice — the user's
 * file is never silently wiped.
 */
import { rename } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { LIMITS, Settings, SettingsPatch, type SettingsData } from '../../../contract/host-schemas'
import { readSettings, toStoredSettings } from '../../../contract/session-records'
import type { Notices } from './notices'

/** The slice of electron-store / conf this module needs, so tests can use `conf` itself. */
export interface KeyValueStore {
  get(key: string): unknown
  set(key: string, value: unknown): void
}

const KEY = 'settings'

export { DEFAULT_SETTINGS } from '../../../contract/session-records'

export class SettingsStore {
  #warned = false

  constructor(
    private readonly store: KeyValueStore,
    private readonly notices: Notices,
  ) {}

  get(): SettingsData {
    // A partial store (an older version, a hand edit) is completed from the defaults.
    const { settings, damaged } = readSettings(this.store.get(KEY))
    if (damaged && !this.#warned) {
      this.#warned = true
      this.notices.push(
        'Your settings could not be read; the defaults are used until you change them.',
      )
    }
    return settings
  }

  update(patch: unknown): SettingsData {
    const next = Settings.parse({ ...this.get(), ...SettingsPatch.parse(patch) })
    this.store.set(KEY, toStoredSettings(next))
    return next
  }

  removeRecentFile(file: string): SettingsData {
    return this.update({ recentFiles: this.get().recentFiles.filter((f) => f !== file) })
  }

  /** Puts `file` first in the recent files, without duplicates, keeping the newest few. */
  addRecentFile(file: string): SettingsData {
    const others = this.get().recentFiles.filter((f) => f !== file)
    return this.update({ recentFiles: [file, ...others].slice(0, LIMITS.recentFiles) })
  }
}

/**
 * Creates the store; if its file is not valid JSON (conf then throws), the file is moved
 * aside to `<name>.corrupt-<timestamp>.json`, the user told, and a fresh store created.
 */
export async function openStoreSafely<T>(
  create: () => T,
  file: string,
  notices: Notices,
  now: () => Date = () => new Date(),
): Promise<T> {
  try {
    return create()
  } catch (error) {
    if (!existsSync(file)) throw error
    const stamp = now().toISOString().replace(/[:.]/g, '-')
    const aside = join(dirname(file), `${basename(file, '.json')}.corrupt-${stamp}.json`)
    await rename(file, aside)
    notices.push(
      `Your settings file could not be read; it was kept as ${aside} and the defaults are used.`,
    )
    return create()
  }
}
