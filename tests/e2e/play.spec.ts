/**
 * A whole exercise in the browser: a shipped scenario from the library to the debrief,
 * with authored decisions, a free share through the composer, an undo, a reload in the
 * middle that resumes exactly, and an export whose file is read back.
 */
import { test, expect, exported, type Page } from './fixtures'
import { advance, decide, knowledge, playToDebrief, startScenario } from './steps'

async function shareFromComposer(page: Page): Promise<void> {
  const share = page.getByRole('region', { name: 'Share…' })
  await share
    .getByLabel('Who shares')
    .selectOption({ label: 'District safety director (runs the 24/7 tip line)' })
  await share
    .getByRole('group', { name: /What they know/ })
    .getByRole('checkbox')
    .first()
    .check()
  const to = share.getByRole('group', { name: 'To' })
  await to.getByLabel('Principal').check()
  await to.getByLabel('School resource officer (Riverbend PD)').check()
  await share.getByLabel('How certain').selectOption('confirmed')
  await share.getByLabel(/^Goal/).fill('Get this post assessed tonight')
  await share.getByLabel('Urgency').selectOption('high')
  await share.getByLabel(/^Known/).fill('Tip line report from the debate coach, 9:10 pm')
  await share.getByLabel(/^Ask/).fill('Call me back and decide who acts tonight')
  await share.getByRole('button', { name: 'Share', exact: true }).click()
}

test('plays a shipped scenario from the library to the debrief, resuming after a reload', async ({
  page,
  desktop,
}) => {
  await startScenario(page)
  await expect(page.getByRole('timer', { name: 'Scenario clock 21:10' })).toBeVisible()

  // An authored decision: the coach sends it to the tip line (a relay, not the chain).
  await decide(page, "Submit the screenshot to the district's 24/7 tip line and go to bed")

  // A free share through the composer; then undo it and share again.
  await page.getByText('Who knows what').click()
  const before = await knowledge(page)
  await shareFromComposer(page)
  const afterShare = await knowledge(page)
  expect(afterShare).not.toEqual(before)
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press('Control+z')
  await expect.poll(() => knowledge(page)).toEqual(before)
  await shareFromComposer(page)
  await expect.poll(() => knowledge(page)).toEqual(afterShare)

  // Next inject: the principal knows, so the night call branch.
  await advance(page, "The principal's phone rings")
  await expect(page.getByRole('timer', { name: 'Scenario clock 21:20' })).toBeVisible()
  const known = await knowledge(page)

  // A reload in the middle returns to the session, exactly where it was.
  await page.reload()
  await expect(page.getByRole('heading', { name: "The principal's phone rings" })).toBeVisible()
  await expect(page.getByRole('timer', { name: 'Scenario clock 21:20' })).toBeVisible()
  expect(await knowledge(page)).toEqual(known)

  await playToDebrief(page)

  // The debrief shows what this path earns: the tip line kept the name and the rumour to
  // itself, nobody convened the team, and the officer's interview never reached the principal.
  const flags = page.getByRole('region', { name: /^Flags/ }).locator('.flag-head')
  await expect(flags).toHaveText([
    /high Slow escalation at 22:20/,
    /high Under-sharing at 22:45 · Debate coach \(English teacher\) → Principal/,
    /high Under-sharing at 22:45 · Debate coach \(English teacher\)/,
    /high Under-sharing at 22:45 · School resource officer \(Riverbend PD\) → Principal/,
  ])
  await expect(page.locator('.overall-number')).toHaveText('87')

  // Export the log and read the file it wrote.
  const text = await exported(page, desktop, () =>
    page.getByRole('button', { name: 'The log' }).click(),
  )
  const log = JSON.parse(text) as {
    scenario: string
    events: { type: string; option?: string; from?: string }[]
  }
  expect(log.scenario).toBe('threat-post')
  expect(log.events.map((e) => e.type)).toEqual([
    'decide',
    'share',
    'advance',
    'advance',
    'decide',
    'advance',
    'advance',
    'decide',
    'advance',
  ])
  expect(log.events[0]?.option).toBe('tip-line')
  expect(log.events[1]?.from).toBe('district-safety')

  // The debrief as JSON and as Markdown: the files carry the same flags as the screen.
  const json = await exported(page, desktop, () =>
    page.getByRole('button', { name: 'JSON' }).click(),
  )
  const debrief = JSON.parse(json) as {
    format: string
    flags: { rule: string; fact?: string }[]
    scores: { overall: number }
  }
  expect(debrief.format).toBe('ttx-debrief/1')
  expect(debrief.flags.map((f) => `${f.rule}:${f.fact ?? ''}`)).toEqual([
    'slow-escalation:',
    'under-sharing:account-owner',
    'under-sharing:list-rumour',
    'under-sharing:m-interview',
  ])
  expect(debrief.scores.overall).toBe(87)
  const markdown = await exported(page, desktop, () =>
    page.getByRole('button', { name: 'Markdown' }).click(),
  )
  expect(markdown).toContain('A threat on a story post')
  expect(markdown).toContain('sequenceDiagram')
})

test('a real-time clock starts paused, runs at its speed and pauses', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Set up “A threat on a story post”' }).click()
  await page.getByLabel('Real time').check()
  await page.getByLabel(/^Speed/).fill('60')
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  await expect(page.getByRole('timer')).toContainText('paused')

  await page.getByRole('button', { name: /Start clock/ }).click()
  // Speed 60: one scenario minute per real second.
  await expect(page.getByRole('timer', { name: 'Scenario clock 21:12' })).toBeVisible({
    timeout: 5000,
  })
  await page.getByRole('button', { name: /Pause/ }).click()
  const paused = await page.getByRole('timer').getAttribute('aria-label')
  await page.waitForTimeout(1500)
  expect(await page.getByRole('timer').getAttribute('aria-label')).toBe(paused)

  // Play goes on while the clock is paused.
  await page
    .getByRole('button', {
      name: 'Call the principal and text the screenshot to the principal and the SRO now',
    })
    .click()
  await page.getByText('Who knows what').click()
  await expect(page.locator('.matrix table')).toContainText('✓ ')
})
