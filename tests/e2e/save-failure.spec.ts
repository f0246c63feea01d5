/**
 * A failed save is never silent (issue 15.2): the browser host's storage is made to refuse
 * writes (as a full disk would), the console says "Not saved" with the reason and a retry,
 * and once storage works again the retry saves everything played meanwhile.
 */
import { test, expect } from './fixtures'
import { advance, decide, optionLabel, playToDebrief, startScenario } from './steps'
import { screenshotBoth } from './helpers'

// In-page JavaScript: IndexedDB refuses writes to the sessions store while the switch is on.
const FAILING_STORAGE = `(() => {
  const put = IDBObjectStore.prototype.put
  IDBObjectStore.prototype.put = function (...args) {
    if (window.__failSaves === true && (this.name === 'sessions' || this.name === 'evaluations')) {
      throw new DOMException('The storage quota has been exceeded.', 'QuotaExceededError')
    }
    return put.apply(this, args)
  }
})()`

test('a failed save says so with a retry, and the retry keeps everything', async ({
  page,
  desktop,
}) => {
  test.skip(desktop !== null, 'the failing host is the browser edition’s IndexedDB')
  await page.addInitScript(FAILING_STORAGE)
  await startScenario(page, 'Full disk table')
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  await page.evaluate('window.__failSaves = true')
  const option = await optionLabel(page, 0)
  await decide(page, option)
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved.' })
  await expect(alert).toBeVisible()
  await expect(alert).toContainText('quota')
  await screenshotBoth(page, 'console-not-saved', false)

  // Still failing: a retry fails again, and says so again.
  await alert.getByRole('button', { name: 'Retry saving' }).click()
  await expect(alert).toBeVisible()

  await page.evaluate('window.__failSaves = false')
  await alert.getByRole('button', { name: 'Retry saving' }).click()
  await expect(alert).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  await page.reload()
  // A reload returns to the running session itself.
  await expect(
    page.getByRole('region', { name: /What happened/ }).getByRole('listitem'),
  ).toContainText([`chose “${option}”`])
})

test('a failed evaluation save says so with a retry, and the retry keeps the hot wash', async ({
  page,
  desktop,
}) => {
  test.skip(desktop !== null, 'the failing host is the browser edition’s IndexedDB')
  await page.addInitScript(FAILING_STORAGE)
  await startScenario(page, 'Full disk evaluators')
  await decide(page, await optionLabel(page, 0))
  await advance(page, "The principal's phone rings")
  await playToDebrief(page)
  await page.getByText('Evaluation: final ratings and hot wash').click()
  await expect(page.getByRole('status').filter({ hasText: 'Evaluation saved' })).toHaveCount(1)

  await page.evaluate('window.__failSaves = true')
  const said = page.getByLabel(/^Said in the room/)
  await said.fill('Nobody knew the tip line number')
  await said.press('Enter')
  const alert = page.getByRole('alert').filter({ hasText: 'Evaluation not saved.' })
  await expect(alert).toContainText('quota')

  await page.evaluate('window.__failSaves = false')
  await alert.getByRole('button', { name: 'Retry saving' }).click()
  await expect(alert).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'Evaluation saved' })).toHaveCount(1)

  // What was kept is what the evaluator typed: the debrief reopened after a reload shows it.
  await page.reload()
  await page.getByRole('button', { name: 'Open debrief' }).first().click()
  await page.getByText('Evaluation: final ratings and hot wash').click()
  await expect(page.getByRole('list', { name: 'Hot wash items' }).getByRole('listitem')).toHaveText(
    [/Nobody knew the tip line number/],
  )
})
