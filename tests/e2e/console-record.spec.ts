/**
 * The run console never loses a facilitator's data (issue 17, items 1–3): an empty share,
 * statement or decline cannot be recorded (the buttons say why), leaving play asks first,
 * finished sessions stay in the library, and the console shows what happened with undo back
 * to any event.
 */
import { test, expect, type Page } from './fixtures'
import { advance, decide, optionLabel, playToDebrief, SCENARIO, startScenario } from './steps'
import { screenshotBoth } from './helpers'

const COACH = 'Debate coach (English teacher)'

/** Answers the next confirm with `accept`, returning its text once it was shown. */
function answerNextDialog(page: Page, accept: boolean): string[] {
  const seen: string[] = []
  page.once('dialog', (dialog) => {
    seen.push(dialog.message())
    void (accept ? dialog.accept() : dialog.dismiss())
  })
  return seen
}

async function openDrawer(page: Page, name: string): Promise<void> {
  const summary = page.locator('summary', { hasText: name })
  const details = summary.locator('..')
  if ((await details.getAttribute('open')) === null) await summary.click()
}

test('empty shares, statements and declines are refused with a reason, and a reload loses nothing', async ({
  page,
  desktop,
}) => {
  test.skip(desktop !== null, 'web edition: the reload resumes from IndexedDB')
  await startScenario(page, 'Empty attempts')
  const share = page.getByRole('region', { name: 'Share…' })
  const shareButton = share.getByRole('button', { name: 'Share', exact: true })
  await expect(shareButton).toBeDisabled()
  await expect(share.getByText('A share needs at least one recipient')).toBeVisible()
  await share.getByRole('group', { name: 'To' }).getByLabel('Principal').check()
  await expect(share.getByText('A share needs at least one fact')).toBeVisible()
  await expect(shareButton).toBeDisabled()

  await openDrawer(page, 'Statement')
  const statement = page.getByRole('form', { name: 'Statement' })
  await expect(statement.getByRole('button', { name: 'Record statement' })).toBeDisabled()
  await expect(statement.getByText('A statement needs at least one recipient')).toBeVisible()

  await openDrawer(page, 'Decline to share')
  const decline = page.getByRole('form', { name: 'Decline to share' })
  await expect(decline.getByRole('button', { name: 'Record decline' })).toBeDisabled()
  await expect(decline.getByText('A decline needs at least one recipient')).toBeVisible()
  // Pressing Enter in the form submits nothing either.
  await decline.getByRole('combobox').first().press('Enter')
  await screenshotBoth(page, 'console-refusals', false)

  // A valid share, then a reload: everything is there and nothing was damaged.
  await share
    .getByRole('group', { name: /What they know/ })
    .getByRole('checkbox')
    .first()
    .check()
  await expect(shareButton).toBeEnabled()
  await shareButton.click()
  const log = page.getByRole('region', { name: /What happened/ })
  await expect(log.getByRole('listitem')).toHaveCount(1)
  await expect(log.getByRole('listitem').first()).toContainText(`${COACH} → Principal`)

  await page.reload()
  // A reload returns to the running session itself.
  await expect(log.getByRole('listitem')).toHaveCount(1)
  await expect(page.getByText(/damaged|resumed from the backup/)).toHaveCount(0)
})

test('leaving an inject asks first; a finished session stays in the library', async ({ page }) => {
  await startScenario(page, 'Table past')
  // A decision is open: N asks, and declining keeps the inject.
  const first = answerNextDialog(page, false)
  await page.keyboard.press('n')
  await expect.poll(() => first.join('')).toContain('still open')
  await expect(
    page.getByRole('heading', { name: 'A screenshot from a debate student' }),
  ).toBeVisible()
  // The button asks the same.
  const second = answerNextDialog(page, false)
  await page.getByRole('button', { name: /Next inject/ }).click()
  await expect.poll(() => second.join('')).toContain(COACH)
  await expect(
    page.getByRole('heading', { name: 'A screenshot from a debate student' }),
  ).toBeVisible()

  await decide(page, await optionLabel(page, 0))
  await advance(page, "The principal's phone rings")
  await playToDebrief(page)
  await page.getByRole('button', { name: 'Back to the library' }).click()

  const past = page.getByRole('region', { name: 'Past sessions' })
  const row = past.getByRole('row', { name: new RegExp(SCENARIO) })
  await expect(row).toContainText('Table past')
  await expect(row).toContainText(/\d+\/100/)
  await screenshotBoth(page, 'library-past-sessions', false)

  // After a reload too, the debrief reopens from the stored log.
  await page.reload()
  await row.getByRole('button', { name: 'Open debrief' }).click()
  await expect(page.getByRole('heading', { name: `Debrief: ${SCENARIO}` })).toBeVisible()
  await page.getByRole('button', { name: 'Back to the library' }).click()

  // Delete asks, then the session is gone.
  answerNextDialog(page, true)
  await row.getByRole('button', { name: /^Delete/ }).click()
  await expect(past).toHaveCount(0)
})

test('the console lists what happened, newest first, and undo says what it removed', async ({
  page,
}) => {
  await startScenario(page, 'Table record')
  const option = await optionLabel(page, 0)
  await decide(page, option)
  const share = page.getByRole('region', { name: 'Share…' })
  await share
    .getByRole('group', { name: /What they know/ })
    .getByRole('checkbox')
    .first()
    .check()
  await share
    .getByRole('group', { name: 'To' })
    .getByLabel('School counselor (threat assessment team)')
    .check()
  await share.getByRole('button', { name: 'Share', exact: true }).click()

  const items = page.getByRole('region', { name: /What happened/ }).getByRole('listitem')
  const count = await items.count()
  expect(count).toBeGreaterThanOrEqual(2)
  // Newest first, with titles and times, never ids.
  await expect(items.first()).toContainText(`${COACH} → School counselor (threat assessment team)`)
  await expect(items.first()).toContainText(/\d\d:\d\d/)
  await expect(items.last()).toContainText(`chose “${option}”`)
  await expect(page.getByRole('region', { name: /What happened/ })).not.toContainText('threat-post')
  await screenshotBoth(page, 'console-event-log', false)

  // Ctrl+Z takes back the share and says so.
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press('Control+z')
  const undone = page.getByRole('status').filter({ hasText: 'Undone' })
  await expect(undone).toContainText('School counselor (threat assessment team)')
  await expect(items).toHaveCount(count - 1)

  // Undo back to the decision: it and what followed are taken back, after a confirmation.
  answerNextDialog(page, true)
  await items.last().getByRole('button', { name: 'Undo back to here' }).click()
  await expect(items).toHaveCount(0)
  await expect(undone).toContainText(`chose “${option}”`)
  await expect(page.getByRole('button', { name: option })).toBeVisible()
})
