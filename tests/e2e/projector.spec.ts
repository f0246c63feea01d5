/**
 * The projector as its own window (#/projector, what the Electron projector window loads):
 * it follows the console's saves and shows only the room's view.
 */
import { test, expect } from './fixtures'
import { expectAccessible, screenshotBoth } from './helpers'
import { advance, decide, startScenario } from './steps'

test('the projector window follows the console and shows nothing private', async ({
  page,
  context,
}) => {
  await startScenario(page)
  const projector = await context.newPage()
  await projector.goto('/#/projector')
  await expect(
    projector.getByRole('heading', { name: 'A screenshot from a debate student' }),
  ).toBeVisible()
  await expect(projector.getByRole('timer', { name: 'Scenario clock 21:10' })).toBeVisible()

  await decide(page, 'Call the principal and text the screenshot to the principal and the SRO now')
  await advance(page, "The principal's phone rings")
  await expect(
    projector.getByRole('heading', { name: "The principal's phone rings" }),
  ).toBeVisible()
  await expect(projector.getByRole('timer', { name: 'Scenario clock 21:20' })).toBeVisible()
  await expect(projector.getByText('Let the principal say out loud')).toHaveCount(0)
  await screenshotBoth(projector, '08-projector-window')
  await expectAccessible(projector, 'projector window')
})
