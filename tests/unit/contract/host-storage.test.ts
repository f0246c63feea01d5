/**
 * One suite, both hosts: the desktop's session files (main's SessionStore, what the preload
 * reaches over IPC) and the browser edition's records (browser-sessions.ts, here over an
 * in-memory transactional store instead of IndexedDB). The same saves must read back the
 * same, recover the same, and list the same.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { LoadedSession, SavedSession, SessionSummary } from '../../../contract/host-api'
import { Notices } from '../../../electron/main/persistence/notices'
import { SessionStore } from '../../../electron/main/persistence/session-store'
import { browserSessions, type RecordTransaction } from '../../../renderer/host/browser-sessions'
import { makeSession } from '../electron/session-fixture'

/** What the suite needs of a host, and how to damage or age its storage behind its back. */
interface StorageUnderTest {
  save(session: SavedSession): Promise<void>
  load(id: string): Promise<LoadedSession>
  list(): Promise<readonly SessionSummary[]>
  delete(id: string): Promise<void>
  notices(): readonly string[]
  /** Replaces the latest save with a raw stored value. */
  overwriteCurrent(id: string, raw: unknown): Promise<void>
  dispose(): Promise<void>
}

async function desktop(): Promise<StorageUnderTest> {
  const dir = await mkdtemp(join(tmpdir(), 'ntk-contract-'))
  const notices = new Notices()
  const store = new SessionStore(dir, notices)
  return {
    save: (session) => store.save(session),
    load: (id) => store.load(id),
    list: () => store.list(),
    delete: (id) => store.delete(id),
    notices: () => notices.take(),
    overwriteCurrent: (id, raw) => writeFile(join(dir, `${id}.json`), JSON.stringify(raw)),
    dispose: () => rm(dir, { recursive: true, force: true }),
  }
}

function browser(): StorageUnderTest {
  let records = new Map<string, unknown>()
  const notices: string[] = []
  const sessions = browserSessions(async (_mode, work) => {
    // One transaction: the work sees and writes a copy, kept only if it succeeds.
    const draft = new Map(records)
    const tx: RecordTransaction = {
      get: (key) => Promise.resolve(structuredClone(draft.get(key))),
      put: (key, value) => {
        draft.set(key, structuredClone(value))
        return Promise.resolve()
      },
      delete: (key) => {
        draft.delete(key)
        return Promise.resolve()
      },
      keys: () => Promise.resolve([...draft.keys()]),
    }
    const result = await work(tx)
    records = draft
    return result
  }, notices)
  return {
    save: (session) => sessions.save(session),
    load: (id) => sessions.load(id),
    list: () => sessions.list(),
    delete: (id) => sessions.delete(id),
    notices: () => notices.splice(0),
    overwriteCurrent: (id, raw) => {
      records.set(`${id}:current`, raw)
      return Promise.resolve()
    },
    dispose: () => Promise.resolve(),
  }
}

const hosts = { desktop, browser } as const
const opened: StorageUnderTest[] = []
afterEach(async () => {
  for (const host of opened.splice(0)) await host.dispose()
})

async function open(kind: keyof typeof hosts): Promise<StorageUnderTest> {
  const host = await hosts[kind]()
  opened.push(host)
  return host
}

describe.each(Object.keys(hosts) as (keyof typeof hosts)[])('the %s host', (kind) => {
  it('reads back exactly what it saved', async () => {
    const host = await open(kind)
    const session = makeSession('table-a', 3)
    await host.save(session)
    expect(await host.load('table-a')).toEqual({ ok: true, session, restoredFromBackup: false })
    expect(host.notices()).toEqual([])
  })

  it('resumes from the backup when the latest save is damaged, and says so', async () => {
    const host = await open(kind)
    await host.save(makeSession('table-a', 1))
    await host.save(makeSession('table-a', 2))
    await host.overwriteCurrent('table-a', { format: 'not a session' })
    expect(await host.load('table-a')).toEqual({
      ok: true,
      session: makeSession('table-a', 1),
      restoredFromBackup: true,
    })
    expect(host.notices().join(' ')).toMatch(/damaged|could not be read/)
  })

  it('reads a save written before saves carried a version', async () => {
    const host = await open(kind)
    const legacy = makeSession('table-a', 2)
    await host.overwriteCurrent('table-a', legacy)
    expect(await host.load('table-a')).toMatchObject({ ok: true, session: legacy })
  })

  it('refuses a save from a newer version with a message, and keeps it', async () => {
    const host = await open(kind)
    await host.overwriteCurrent('table-a', { version: 99, ...makeSession('table-a', 2) })
    const loaded = await host.load('table-a')
    expect(loaded.ok).toBe(false)
    expect(host.notices().join(' ')).toContain('newer version of Need to Know')
  })

  it('lists every session newest first, finished ones marked, and forgets a deleted one', async () => {
    const host = await open(kind)
    await host.save(makeSession('old', 1, '2026-03-01T08:00:00.000Z'))
    await host.save(makeSession('offset', 7, '2026-03-01T10:45:00+02:00'))
    await host.save({ ...makeSession('done', 3, '2026-03-02T00:00:00.000Z'), finished: true })
    const list = await host.list()
    expect(list.map((s) => [s.id, s.finished])).toEqual([
      ['done', true],
      ['offset', false],
      ['old', false],
    ])
    await host.delete('done')
    expect((await host.list()).map((s) => s.id)).toEqual(['offset', 'old'])
  })
})

describe('both hosts together', () => {
  it('summarise the same saves identically', async () => {
    const [a, b] = [await open('desktop'), await open('browser')]
    for (const host of [a, b]) {
      await host.save(makeSession('x', 2, '2026-03-01T09:00:00.000Z'))
      await host.save({ ...makeSession('y', 4, '2026-03-01T09:00:00.000Z'), finished: true })
    }
    expect(await a.list()).toEqual(await b.list())
  })
})
