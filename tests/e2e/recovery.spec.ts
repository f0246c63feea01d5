/**
 * The failure switch: a damaged save. The browser host must keep the damaged record aside,
 * say so, and resume from the backup; nothing is silently wiped.
 */
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

async function savedKeys(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(async () => {
    const db = await ${OPEN_DB}
    const keys = await (${ALL_KEYS})(db)
    db.close()
    return keys
  })()`)
}

test('a damaged save is kept aside, reported, and the backup resumes', async ({ page }) => {
  await startScenario(page)
  await decide(page, 'It is probably a joke; show the principal at 7:15 before first period')
  const before = await corruptCurrentSave(page)
  expect(before.some((key) => key.endsWith(':backup'))).toBe(true)

  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: 'was damaged' })).toBeVisible()
  expect((await savedKeys(page)).some((key) => key.includes(':corrupt:'))).toBe(true)

  // The backup is the save before the decision: the decision is open again.
  await page.getByRole('button', { name: 'Resume' }).click()
  await expect(
    page.getByRole('heading', { name: 'A screenshot from a debate student' }),
  ).toBeVisible()
  await expect(
    page.getByRole('button', {
      name: 'It is probably a joke; show the principal at 7:15 before first period',
    }),
  ).toBeVisible()
})
