/** Setup's choices reach the console: roles left unticked are the facilitator's to play. */
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
