import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Notices } from '../../../electron/main/persistence/notices'
import { SessionStore } from '../../../electron/main/persistence/session-store'
import { makeSession } from './session-fixture'
import { toStoredSession as stored } from '../../../contract/session-records'

let dir: string
let notices: Notices
let store: SessionStore
const fixedNow = new Date('2026-03-01T10:20:30.456Z')

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ntk-sessions-'))
  notices = new Notices()
  store = new SessionStore(dir, notices, () => fixedNow)
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function onDisk(name: string): Promise<unknown> {
  return JSON.parse(await readFile(join(dir, name), 'utf8'))
}

describe('SessionStore.save', () => {
  it('writes <id>.json and leaves no temp file', async () => {
    await store.save(makeSession('table-a', 3))
    expect(await readdir(dir)).toEqual(['table-a.json'])
    expect(await onDisk('table-a.json')).toEqual(stored(makeSession('table-a', 3)))
  })

  it('keeps the previous save as <id>.backup.json, one generation back', async () => {
    await store.save(makeSession('table-a', 1))
    await store.save(makeSession('table-a', 2))
    await store.save(makeSession('table-a', 3))
    expect((await readdir(dir)).sort()).toEqual(['table-a.backup.json', 'table-a.json'])
    expect(await onDisk('table-a.json')).toEqual(stored(makeSession('table-a', 3)))
    expect(await onDisk('table-a.backup.json')).toEqual(stored(makeSession('table-a', 2)))
  })

  it('rotates a primary written by an earlier run (a fresh store)', async () => {
    await store.save(makeSession('table-a', 4))
    const later = new SessionStore(dir, notices)
    await later.save(makeSession('table-a', 5))
    expect(await onDisk('table-a.backup.json')).toEqual(stored(makeSession('table-a', 4)))
  })

  it('never rotates a corrupt primary over a good backup', async () => {
    await store.save(makeSession('table-a', 1))
    await store.save(makeSession('table-a', 2))
    await writeFile(join(dir, 'table-a.json'), '{"id": "table-a", "setu')
    const later = new SessionStore(dir, notices, () => fixedNow)
    await later.save(makeSession('table-a', 3))
    expect(await onDisk('table-a.backup.json')).toEqual(stored(makeSession('table-a', 1)))
    expect(await onDisk('table-a.json')).toEqual(stored(makeSession('table-a', 3)))
    const aside = 'table-a.corrupt-2026-03-01T10-20-30-456Z.json'
    expect(await readFile(join(dir, aside), 'utf8')).toBe('{"id": "table-a", "setu')
    expect(notices.take()).toHaveLength(1)
  })

  it('serializes concurrent saves: the last call wins, the one before is the backup', async () => {
    await Promise.all([1, 2, 3, 4, 5].map((n) => store.save(makeSession('table-a', n))))
    expect(await onDisk('table-a.json')).toEqual(stored(makeSession('table-a', 5)))
    expect(await onDisk('table-a.backup.json')).toEqual(stored(makeSession('table-a', 4)))
  })

  it('refuses an id that is a path', async () => {
    await expect(store.save(makeSession('../escape', 1))).rejects.toThrow(/Invalid session id/)
    expect(await readdir(dir)).toEqual([])
  })
})

describe('SessionStore.load and recovery', () => {
  it('loads a valid save', async () => {
    await store.save(makeSession('table-a', 2))
    expect(await store.load('table-a')).toEqual({
      ok: true,
      session: makeSession('table-a', 2),
      restoredFromBackup: false,
    })
    expect(notices.take()).toEqual([])
  })

  it.each([
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['garbage', () => '\u0000\u0000\u0000\u0000'],
    ['empty', () => ''],
    ['valid JSON, wrong shape', () => '{"id":"table-a","log":[]}'],
    ['another session', (text: string) => text.replaceAll('table-a', 'table-b')],
  ])('moves a %s file aside, restores the backup, and says so', async (_label, damage) => {
    await store.save(makeSession('table-a', 1))
    await store.save(makeSession('table-a', 2))
    const good = await readFile(join(dir, 'table-a.json'), 'utf8')
    await writeFile(join(dir, 'table-a.json'), damage(good))

    const fresh = new SessionStore(dir, notices, () => fixedNow)
    const loaded = await fresh.load('table-a')

    expect(loaded).toEqual({
      ok: true,
      session: makeSession('table-a', 1),
      restoredFromBackup: true,
    })
    const aside = 'table-a.corrupt-2026-03-01T10-20-30-456Z.json'
    expect(await readFile(join(dir, aside), 'utf8')).toBe(damage(good))
    expect(await onDisk('table-a.json')).toEqual(stored(makeSession('table-a', 1)))
    const told = notices.take()
    expect(told).toHaveLength(1)
    expect(told[0]).toContain(aside)
    expect(told[0]).toContain('previous save was restored')
  })

  it('keeps both files when primary and backup are corrupt, and reports failure', async () => {
    await writeFile(join(dir, 'table-a.json'), '{')
    await writeFile(join(dir, 'table-a.backup.json'), '[')
    const loaded = await store.load('table-a')
    expect(loaded.ok).toBe(false)
    const names = (await readdir(dir)).sort()
    expect(names).toEqual([
      'table-a.corrupt-2026-03-01T10-20-30-456Z-1.json',
      'table-a.corrupt-2026-03-01T10-20-30-456Z.json',
    ])
    expect(await readFile(join(dir, names[1] ?? ''), 'utf8')).toBe('{')
    expect(await readFile(join(dir, names[0] ?? ''), 'utf8')).toBe('[')
    expect(notices.take()).toHaveLength(1)
  })

  it('restores from the backup when the primary is missing', async () => {
    await store.save(makeSession('table-a', 1))
    await store.save(makeSession('table-a', 2))
    await rm(join(dir, 'table-a.json'))
    const loaded = await new SessionStore(dir, notices).load('table-a')
    expect(loaded).toMatchObject({ ok: true, restoredFromBackup: true })
    expect(await onDisk('table-a.json')).toEqual(stored(makeSession('table-a', 1)))
  })

  it('says plainly when there is no such session', async () => {
    expect(await store.load('nothing-here')).toEqual({
      ok: false,
      message: 'There is no saved session "nothing-here".',
    })
  })
})

describe('SessionStore.list and delete', () => {
  it('lists every session newest first, saying which are finished', async () => {
    await store.save(makeSession('old', 1, '2026-03-01T08:00:00.000Z'))
    // 08:45 UTC: later than "old", earlier than "middle", though its text sorts first.
    await store.save(makeSession('offset', 7, '2026-03-01T10:45:00+02:00'))
    await store.save(makeSession('middle', 2, '2026-03-01T09:30:00.000Z'))
    await store.save({ ...makeSession('done', 3, '2026-03-02T00:00:00.000Z'), finished: true })
    const list = await store.list()
    expect(list.map((s) => s.id)).toEqual(['done', 'middle', 'offset', 'old'])
    expect(list.map((s) => s.finished)).toEqual([true, false, false, false])
    expect(list[2]).toEqual({
      id: 'offset',
      scenarioId: 'locker-note',
      tableName: 'Table offset',
      events: 7,
      finished: false,
      updatedAt: '2026-03-01T10:45:00+02:00',
    })
  })

  it('recovers a corrupt session while listing and sweeps temp files left by a crash', async () => {
    await store.save(makeSession('table-a', 1))
    await store.save(makeSession('table-a', 2))
    await writeFile(join(dir, 'table-a.json'), '{"trunc')
    await writeFile(join(dir, '.table-a.json.0000.tmp'), '{"half')
    const list = await new SessionStore(dir, notices, () => fixedNow).list()
    expect(list.map((s) => [s.id, s.events])).toEqual([['table-a', 1]])
    expect((await readdir(dir)).sort()).toEqual([
      'table-a.backup.json',
      'table-a.corrupt-2026-03-01T10-20-30-456Z.json',
      'table-a.json',
    ])
    expect(notices.take()).toHaveLength(1)
  })

  it('deletes a session and its backup but keeps files moved aside', async () => {
    await store.save(makeSession('table-a', 1))
    await store.save(makeSession('table-a', 2))
    await writeFile(join(dir, 'table-a.corrupt-2026-01-01T00-00-00-000Z.json'), 'x')
    await store.delete('table-a')
    expect(await readdir(dir)).toEqual(['table-a.corrupt-2026-01-01T00-00-00-000Z.json'])
    expect(await store.list()).toEqual([])
  })
})
