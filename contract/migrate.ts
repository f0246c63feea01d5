/**
 * Stored records carry the version of their shape, so a newer app reads an older save and an
 * older app refuses a newer one with a message instead of a parse error. `migrate*` is pure:
 * raw stored JSON in, the current unversioned shape (still to be validated) out.
 *
 * To change a stored shape: add the new version to the union, set the CURRENT constant, and
 * add the step from the previous version; the step tables are typed over the union, so a
 * missing step does not compile.
 */

/** Version 0 is every record written before records carried a version. */
type SessionVersion = 0 | 1
type SettingsVersion = 0 | 1

export const SESSION_VERSION = 1 satisfies SessionVersion
export const SETTINGS_VERSION = 1 satisfies SettingsVersion

type Fields = Readonly<Record<string, unknown>>
type Step = (record: Fields) => Fields

export type Migrated =
  { readonly ok: true; readonly record: Fields } | { readonly ok: false; readonly reason: string }

/** One step per version that is not the current one: from it to the next. */
const SESSION_STEPS: Readonly<Record<Exclude<SessionVersion, typeof SESSION_VERSION>, Step>> = {
  // Version 1 only added the version itself.
  0: (record) => record,
}
const SETTINGS_STEPS: Readonly<Record<Exclude<SettingsVersion, typeof SETTINGS_VERSION>, Step>> = {
  0: (record) => record,
}

export function migrateSession(raw: unknown): Migrated {
  return migrate(raw, SESSION_VERSION, SESSION_STEPS, 'session')
}

export function migrateSettings(raw: unknown): Migrated {
  return migrate(raw, SETTINGS_VERSION, SETTINGS_STEPS, 'settings')
}

/** The record as stored: the current version first, then the fields. */
export function withVersion<T extends object>(record: T, version: number): T & { version: number } {
  return { version, ...record }
}

function migrate(
  raw: unknown,
  current: number,
  steps: Readonly<Record<number, Step>>,
  what: string,
): Migrated {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: `the saved ${what} is not a record` }
  }
  const { version = 0, ...fields } = raw as Fields
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: `the saved ${what} has an unknown version (${String(version)})` }
  }
  if (version > current) {
    return {
      ok: false,
      reason: `the saved ${what} was written by a newer version of Need to Know (format ${version}); update the app to open it`,
    }
  }
  let record: Fields = fields
  for (let at = version; at < current; at += 1) {
    const step = steps[at]
    if (step === undefined) return { ok: false, reason: `no way to read ${what} format ${at}` }
    record = step(record)
  }
  return { ok: true, record }
}
