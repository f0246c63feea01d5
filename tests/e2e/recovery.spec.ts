/**
 * The failure switch: a damaged save. The host must keep the damaged save aside, say so,
 * and resume from the backup; nothing is silently wiped. On the web the save is an
 * IndexedDB record; on the desktop, a file in the user-data folder.
 */
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ElectronApplication } from '@playwright/test'
import { test, expect, type Page } from './fixtures'
import { decide, startScenario } from './steps'

// The in-page code is plain JavaScript: this folder is type-checked for Node, without DOM types.
const OPEN_DB = `new Promise((resolve, reject) => {
  const request = indexedDB.open('need-to-know')
  request.onsuccess = () => resolve(request.result)
  request.onerror = () => reject(new Error('cannot open the database'))
})`
const ALL_KEYS = `(db) => new Promise((resolve) => {
  const request = db.transaction('sessions').objectStore('sessions').getAllKeys()
  request.onsuccess = () => resolve(request.result.map(String))
})`

/** Overwrites the session's current record in IndexedDB with something that is not a save. */
async function corruptCurrentSave(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(async () => {
    const db = await ${OPEN_DB}
    const keys = await (${ALL_KEYS})(db)
    const current = keys.find((key) => key.endsWith(':current'))
    if (current === undefined) throw new Error('no current save')
    await new Promise((resolve) => {
      const request = db.transaction('sessions', 'readwrite').objectStore('sessions')
        .put({ format: 'not a session', events: 'garbage' }, current)
      request.onsuccess = () => resolve()
    })
    db.close()
    return keys
  })()`)
}

/** The desktop's sessions folder: `<userData>/sessions`, one `<id>.json` per session. */
async function sessionsFolder(desktop: ElectronApplication): Promise<string> {
  return join(await desktop.evaluate(({ app }) => app.getPath('userData')), 'sessions')
}

/** Overwrites the session's current file with something that is not a save. */
async function corruptCurrentFile(desktop: ElectronApplication): Promise<string[]> {
  const folder = await sessionsFolder(desktop)
  const names = await readdir(folder)
  const current = names.find((name) => !name.includes('.backup') && name.endsWith('.json'))
  if (current === undefined) throw new Error(`no current save in ${folder}`)
  await writeFile(join(folder, current), '{"format": "not a session", "events": "garbage"')
  return names
}

async function savedKeys(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(async () => {
    const db = await ${OPEN_DB}
    const keys = await (${ALL_KEYS})(db)
    db.close()
    return keys
  })()`)
}

test('a damaged save is kept aside, reported, and the backup resumes', async ({
  page,
  desktop,
}) => {
  await startScenario(page)
  await decide(page, 'It is probably a joke; show the principal at 7:15 before first period')
  const before = desktop ? await corruptCurrentFile(desktop) : await corruptCurrentSave(page)
  expect(before.some((key) => key.includes('backup'))).toBe(true)

  // A reload returns to the session, from its backup, and says so.
  await page.reload()
  // The two hosts word it in their own terms (a record, a file); both say it.
  await expect(page.getByText(/was damaged|could not be read/).first()).toBeVisible()
  const after = desktop ? await readdir(await sessionsFolder(desktop)) : await savedKeys(page)
  expect(after.some((key) => key.includes('corrupt'))).toBe(true)

  // The backup is the save before the decision: the decision is open again.
  await expect(
    page.getByRole('heading', { name: 'A screenshot from a debate student' }),
  ).toBeVisible()
  await expect(
    page.getByRole('button', {
      name: 'It is probably a joke; show the principal at 7:15 before first period',
    }),
  ).toBeVisible()
})
