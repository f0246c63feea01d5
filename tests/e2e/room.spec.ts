/**
 * Participants on their own devices (docs/room-hosting.md): the headless room host with a
 * facilitator page and three participants in their own browser contexts, playing the shipped
 * threat-post scenario to the debrief. The principal's tab drops off (a reload: a new
 * connection) in the middle and rejoins with its seat token. Each device sees only its role;
 * the host's log is exactly the events the console would have logged for the same choices,
 * and the facilitator's debrief is the one those events give.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test, expect, type Browser, type Page } from '@playwright/test'
import { hostRoom, type HostedRoom } from '../../electron/main/room/host'
import { loadScenario } from '../../engine/scenario/load'
import type { Log, LogEvent } from '../../engine/exercise/log'
import { replay } from '../../engine/exercise/replay'
import { score } from '../../engine/scoring'
import { DEFAULT_POLICY } from '../../engine/policy'

const root = resolve(import.meta.dirname, '..', '..')
const file = join(root, 'scenarios', 'threat-post', 'scenario.yaml')
const loaded = loadScenario(readFileSync(file, 'utf8'), file)
const scenario = loaded.scenario
if (scenario === undefined) throw new Error('threat-post does not load')
const factText = (id: string) => scenario.facts.find((f) => f.id === id)?.text ?? id
// The room's own port, apart from the e2e web server's (E2E_PORT).
const ROOM_PORT = Number(process.env.ROOM_E2E_PORT ?? 4412)

let hosted: HostedRoom
test.beforeAll(async ({ browserName: _ }, info) => {
  test.skip(info.project.name === 'electron', 'the room host is the same Node server either way')
  hosted = await hostRoom({
    scenario,
    saves: [join(mkdtempSync(join(tmpdir(), 'room-e2e-')), 'room.json')],
    approve: false,
    site: join(root, 'dist-web'),
    address: '127.0.0.1',
    port: ROOM_PORT,
  })
})
test.afterAll(async () => {
  // Skipped on the electron project: nothing was started.
  if (test.info().project.name !== 'electron') await hosted.server.close()
})

async function participant(browser: Browser, role: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 } })
  const page = await context.newPage()
  const room = hosted.tables[0]
  if (room === undefined) throw new Error('no table')
  await page.goto(hosted.joinUrl(room))
  await page.getByRole('button', { name: role, exact: true }).click()
  await expect(page.getByRole('heading', { name: role, level: 1 })).toBeVisible()
  return page
}

async function share(page: Page, facts: string[], to: string[], label?: string) {
  const form = page.locator('details', { hasText: 'Share what you know' })
  for (const fact of facts) await form.getByRole('checkbox', { name: factText(fact) }).check()
  for (const role of to) await form.getByRole('checkbox', { name: role, exact: true }).check()
  if (label !== undefined) await form.getByLabel('Present it as').selectOption(label)
  await form.getByLabel('Goal: what you want to achieve').fill('Get the team moving tonight')
  await form.getByLabel('Urgency').selectOption('high')
  await form.getByLabel('Known: what is known, and from whom').fill('What I know, first-hand')
  await form.getByLabel('Ask: what the recipient should do').fill('Call me back now')
  await form.getByRole('button', { name: 'Share' }).click()
}

const message = {
  goal: 'Get the team moving tonight',
  urgency: 'high',
  known: 'What I know, first-hand',
  ask: 'Call me back now',
} as const

test('three devices and a facilitator play threat-post to the debrief', async ({ browser }) => {
  const facilitator = await (await browser.newContext()).newPage()
  await facilitator.goto(hosted.facilitatorUrl)
  await expect(facilitator.getByText(/Join code/)).toBeVisible()

  const teacher = await participant(browser, 'Debate coach (English teacher)')
  const principal = await participant(browser, 'Principal')
  const sro = await participant(browser, 'School resource officer (Riverbend PD)')
  await expect(facilitator.getByText('Principal: connected')).toBeVisible()

  // Only the coach knows the post; nobody else's device has its text.
  await expect(teacher.getByText(factText('post-text')).first()).toBeVisible()
  for (const page of [principal, sro]) {
    await expect(page.getByText(factText('post-text'))).toHaveCount(0)
  }

  // 21:10 the coach calls the principal and the SRO: it reaches exactly those two.
  await teacher.getByRole('button', { name: /Call the principal and text the screenshot/ }).click()
  for (const page of [principal, sro]) {
    await expect(page.locator('.inbox-item', { hasText: factText('post-text') })).toBeVisible()
  }
  await facilitator.getByRole('button', { name: 'Advance' }).click()
  await expect(
    principal.getByRole('heading', { name: /The principal's phone rings/ }),
  ).toBeVisible()

  await share(
    principal,
    ['post-text'],
    [
      'District safety director (runs the 24/7 tip line)',
      'School counselor (threat assessment team)',
    ],
  )
  await expect(principal.getByText('Connected')).toBeVisible()

  // The principal's phone drops off (a new connection) and rejoins where it was.
  await principal.reload()
  await expect(principal.getByRole('heading', { name: 'Principal', level: 1 })).toBeVisible()
  await expect(principal.locator('.inbox-item', { hasText: factText('post-text') })).toBeVisible()
  await principal.locator('details', { hasText: /^Act/ }).locator('summary').click()
  await principal.getByLabel('Action').selectOption('document')
  await principal.getByRole('button', { name: 'Do it' }).click()

  await facilitator.getByRole('button', { name: 'Advance' }).click()
  await expect(
    principal.getByRole('heading', { name: /The officer needs an address/ }),
  ).toBeVisible()
  await principal.getByRole('button', { name: /Read out the address, schedule/ }).click()
  await share(teacher, ['list-rumour'], ['Principal'], 'unverified')
  await expect(principal.locator('.inbox-item', { hasText: factText('list-rumour') })).toBeVisible()
  await expect(sro.getByText(factText('list-rumour'))).toHaveCount(0)

  await facilitator.getByRole('button', { name: 'Advance' }).click()
  await expect(sro.getByRole('heading', { name: /At M.'s kitchen table/ })).toBeVisible()
  await share(
    sro,
    ['m-interview'],
    ['Principal', 'School counselor (threat assessment team)'],
    'reported',
  )
  await expect(principal.locator('.inbox-item', { hasText: factText('m-interview') })).toBeVisible()

  await facilitator.getByRole('button', { name: 'Advance' }).click()
  await principal.getByRole('button', { name: /A short verified update, no name/ }).click()
  await expect(principal.getByRole('button', { name: /A short verified update/ })).toHaveCount(0)
  await facilitator.getByRole('button', { name: 'End play' }).click()
  for (const page of [teacher, principal, sro]) {
    await expect(page.getByText('Play has ended.')).toBeVisible()
  }

  // The host's log is what the console would have logged for the same choices.
  const expected: LogEvent[] = [
    { type: 'decide', t: '21:10', role: 'teacher', inject: 'screenshot', option: 'call-now' },
    { type: 'advance', t: '21:10' },
    {
      type: 'share',
      t: '21:20',
      from: 'principal',
      to: ['district-safety', 'counselor'],
      facts: ['post-text'],
      label: 'confirmed',
      message,
    },
    { type: 'act', t: '21:20', role: 'principal', action: 'document' },
    { type: 'advance', t: '21:20' },
    {
      type: 'decide',
      t: '21:50',
      role: 'principal',
      inject: 'address-request',
      option: 'directory-now',
    },
    {
      type: 'share',
      t: '21:50',
      from: 'teacher',
      to: ['principal'],
      facts: ['list-rumour'],
      label: 'unverified',
      message,
    },
    { type: 'advance', t: '21:50' },
    {
      type: 'share',
      t: '22:30',
      from: 'sro',
      to: ['principal', 'counselor'],
      facts: ['m-interview'],
      label: 'reported',
      message,
    },
    { type: 'advance', t: '22:30' },
    {
      type: 'decide',
      t: '22:45',
      role: 'principal',
      inject: 'family-message',
      option: 'verified-update',
    },
    { type: 'end', t: '22:45' },
  ]
  const log = hosted.tables[0]?.log as Log
  expect(log.events).toEqual(expected)
  const replayed = replay(scenario, { ...log, events: expected })
  if (!replayed.ok) throw new Error(replayed.error.message)
  const overall = score(replayed.replay, DEFAULT_POLICY).scores.overall
  await expect(facilitator.locator('.overall-number')).toHaveText(String(overall))
  await facilitator.screenshot({ path: 'test-results/screens/room-facilitator-debrief.png' })
  await principal.screenshot({
    path: 'test-results/screens/room-principal-375.png',
    fullPage: true,
  })
})
