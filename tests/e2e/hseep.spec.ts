/**
 * HSEEP in the app (docs/hseep.md): an evaluator types an observation in the run console
 * (O focuses, Alt+1 ties it to the first objective, Enter adds), it lands in the log as an
 * `observe` event, the evaluator sets a final rating and types the hot wash (Enter adds,
 * Alt+↑ reorders), and the MSEL (CSV) and the AAR/IP (Word) downloads are read back.
 */
import { readFile } from 'node:fs/promises'
import JSZip from 'jszip'
import { test, expect, exported } from './fixtures'
import { screenshotBoth } from './helpers'
import { advance, decide, playToDebrief, startScenario } from './steps'

test('observations during play, HSEEP documents after it', async ({ page, desktop }) => {
  test.skip(desktop !== null, 'Word and Excel exports need HostApi.exportBytes (browser only)')
  await startScenario(page)
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press('o')
  const box = page.getByLabel(/^What was seen/)
  await expect(box).toBeFocused()
  await box.fill('The coach hesitated before calling anyone')
  await box.press('Alt+Digit1')
  await expect(page.getByLabel(/^Objective/)).toHaveValue('chain-of-contact')
  await page.getByLabel('Evaluator', { exact: true }).fill('Evaluator Ruiz')
  await box.press('Enter')
  await expect(page.getByText('1 added this session.')).toBeVisible()
  await expect(box).toHaveValue('')
  await screenshotBoth(page, 'hseep-observation-panel', false)

  await decide(page, 'Call the principal and text the screenshot to the principal and the SRO now')
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await advance(page, "The principal's phone rings")
  await playToDebrief(page)
  const log = JSON.parse(
    await exported(page, desktop, () => page.getByRole('button', { name: 'The log' }).click()),
  ) as { events: { type: string; text?: string; objective?: string; by?: string }[] }
  expect(log.events.filter((e) => e.type === 'observe')).toEqual([
    expect.objectContaining({
      text: 'The coach hesitated before calling anyone',
      objective: 'chain-of-contact',
      by: 'Evaluator Ruiz',
    }),
  ])

  // The evaluator's final rating and the hot wash, typed fast.
  await page.getByText('Evaluation: final ratings and hot wash').click()
  const first = page.locator('fieldset.final-rating').first()
  await first.getByLabel('Rating').selectOption('U')
  await first.getByLabel('Rationale').fill('The post reached the families first')
  const said = page.getByLabel(/^Said in the room/)
  await said.fill('The SRO answered within minutes')
  await said.press('Enter')
  await page.getByLabel('Kind').selectOption('improvement')
  await said.fill('Nobody knew the tip line number')
  await said.press('Enter')
  const items = page.getByRole('list', { name: 'Hot wash items' }).getByRole('listitem')
  await expect(items).toHaveText([/The SRO answered/, /Nobody knew/])
  await items.nth(1).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(items).toHaveText([/Nobody knew/, /The SRO answered/])
  await screenshotBoth(page, 'hseep-evaluation', true)

  const documents = page.getByRole('region', { name: 'HSEEP documents' })
  const csv = await exported(page, desktop, () =>
    documents.getByRole('button', { name: 'MSEL (CSV)' }).click(),
  )
  expect(csv.split('\r\n')[0]).toBe(
    '#,Time,Inject,Delivery,From,To,Expected player action,Objective,Reached,Controller notes',
  )

  const download = page.waitForEvent('download')
  await documents.getByRole('button', { name: 'AAR/IP (Word)' }).click()
  const file = await (await download).path()
  const zip = await JSZip.loadAsync(await readFile(file))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  expect(xml).toContain('Analysis of Capabilities')
  expect(xml).toContain('The coach hesitated before calling anyone')
  expect(xml).toContain('The post reached the families first')
  expect(xml).toContain('Nobody knew the tip line number')
  await screenshotBoth(page, 'hseep-debrief-exports', false)
})
