/** Setup's choices reach the console: roles left unticked are the facilitator's to play. */
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { SCENARIO } from './steps'

test('a role not played at the table is marked as the facilitator’s in the decisions', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: `Set up “${SCENARIO}”` }).click()
  const coach = 'Debate coach (English teacher)'
  await page.getByRole('group', { name: 'Roles played at the table' }).getByLabel(coach).uncheck()
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  const decisions = page.getByRole('region', { name: 'Decisions' })
  await expect(decisions.locator('legend').first()).toHaveText(
    new RegExp(`^${coach.replace(/[()]/g, '\\$&')} \\(played by the facilitator\\): `),
  )
})

test('a policy profile file is checked at setup and then shown as the chosen profile', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: `Set up “${SCENARIO}”` }).click()
  const file = page.getByLabel('Load a profile file…')
  await file.setInputFiles({
    name: 'broken.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from('name: broken\nsensitivities:\n  health: { allowed: [janitor] }\n'),
  })
  await expect(page.getByRole('alert')).toContainText('broken.yaml:3:')
  await file.setInputFiles(join(import.meta.dirname, '../fixtures/strict-policy.yaml'))
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByLabel('Policy profile')).toHaveValue('custom')
  await expect(page.getByLabel('Policy profile').locator('option:checked')).toHaveText(
    'strict (from a file)',
  )
})
