import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Notices } from '../../../electron/main/persistence/notices'
import {
  DEFAULT_SETTINGS,
  SettingsStore,
  openStoreSafely,
} from '../../../electron/main/persistence/settings-store'

let dir: string
let notices: Notices
const open = (): Conf => new Conf({ cwd: dir, configName: 'settings' })

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ntk-settings-'))
  notices = new Notices()
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('SettingsStore over conf', () => {
  it('starts from the defaults and persists an update to disk', async () => {
    const settings = new SettingsStore(open(), notices)
    expect(settings.get()).toEqual(DEFAULT_SETTINGS)
    settings.update({ lastTableName: 'Blue table', defaultClock: { kind: 'real-time', speed: 4 } })
    const disk: unknown = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))
    expect(disk).toEqual({
      settings: {
        version: 1,
        recentFiles: [],
        lastTableName: 'Blue table',
        defaultClock: { kind: 'real-time', speed: 4 },
      },
    })
    expect(new SettingsStore(open(), notices).get().lastTableName).toBe('Blue table')
  })

  it('keeps recent files newest first, without duplicates, at most ten', () => {
    const settings = new SettingsStore(open(), notices)
    for (let i = 1; i <= 12; i += 1) settings.addRecentFile(`/s/${i}.yaml`)
    settings.addRecentFile('/s/5.yaml')
    const recent = settings.get().recentFiles
    expect(recent).toHaveLength(10)
    expect(recent.slice(0, 3)).toEqual(['/s/5.yaml', '/s/12.yaml', '/s/11.yaml'])
    expect(recent.filter((f) => f === '/s/5.yaml')).toHaveLength(1)
  })

  it('refuses an invalid patch and leaves the file as it was', async () => {
    const settings = new SettingsStore(open(), notices)
    settings.update({ lastTableName: 'Kept' })
    const before = await readFile(join(dir, 'settings.json'), 'utf8')
    expect(() => settings.update({ defaultClock: { kind: 'real-time', speed: -1 } })).toThrow()
    expect(() => settings.update(JSON.parse('{"__proto__":{"polluted":true}}'))).toThrow()
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe(before)
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('falls back to the default of each invalid field with one notice, without rewriting them', async () => {
    await writeFile(
      join(dir, 'settings.json'),
      JSON.stringify({ settings: { lastTableName: 'Green', recentFiles: 'not a list' } }),
    )
    const settings = new SettingsStore(open(), notices)
    // The readable field is kept; only the broken one falls back (as the browser host does).
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, lastTableName: 'Green' })
    settings.get()
    expect(notices.take()).toHaveLength(1)
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toContain('not a list')
  })
})

describe('openStoreSafely', () => {
  it('moves a settings file that is not JSON aside and starts fresh', async () => {
    await writeFile(join(dir, 'settings.json'), '{"settings": {"lastTab')
    const now = () => new Date('2026-03-01T07:00:00.000Z')
    const store = await openStoreSafely(open, join(dir, 'settings.json'), notices, now)
    expect(new SettingsStore(store, notices).get()).toEqual(DEFAULT_SETTINGS)
    const aside = 'settings.corrupt-2026-03-01T07-00-00-000Z.json'
    expect(await readdir(dir)).toContain(aside)
    expect(await readFile(join(dir, aside), 'utf8')).toBe('{"settings": {"lastTab')
    expect(notices.take()[0]).toContain(aside)
  })
})
