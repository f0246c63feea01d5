/**
 * The studio never overwrites without asking, and the user's scenarios can be edited,
 * copied, downloaded and deleted from the library (issue 17, item 8).
 */
import { SKELETON } from '../../engine/studio/template'
import { test, expect, type Page } from './fixtures'
import { expectAccessible, screenshotBoth } from './helpers'

const first = SKELETON.replace('id: new-scenario', 'id: bus-drill').replace(
  'title: A new scenario',
  'title: The bus drill',
)
const second = SKELETON.replace('id: new-scenario', 'id: fire-drill').replace(
  'title: A new scenario',
  'title: The fire drill',
)

async function setText(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Scenario YAML' }).click()
  await page.keyboard.press('Control+a')
  await page.keyboard.insertText(text)
}

const problems = (page: Page) => page.getByRole('region', { name: 'Problems' }).getByRole('status')
const fileStatus = (page: Page) =>
  page.getByRole('toolbar', { name: 'Scenario file' }).getByRole('status')

test('names files from the id, asks before replacing, and manages saved scenarios', async ({
  page,
}) => {
  const dialogs: string[] = []
  let answer = false
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void (answer ? dialog.accept() : dialog.dismiss())
  })
  await page.goto('/')
  await page.getByRole('button', { name: 'Scenario Studio' }).click()
  await expect(page.getByRole('heading', { name: 'Scenario Studio' })).toBeVisible()
  await expect(page.getByLabel('File name')).toHaveValue('new-scenario.yaml')

  // The file name follows the id.
  await setText(page, first)
  await expect(problems(page)).toHaveText('✓ Valid')
  await expect(page.getByLabel('File name')).toHaveValue('bus-drill.yaml')
  await page.getByRole('button', { name: /^Save/ }).click()
  await expect(fileStatus(page)).toContainText('Saved bus-drill.yaml.')
  expect(dialogs).toEqual([])

  // A new scenario saved under that name: asked, and refused, nothing is replaced.
  answer = true // discard nothing: the document was just saved, so no prompt is expected
  await page.getByLabel('Start from').selectOption({ label: 'Blank skeleton' })
  await page.getByRole('button', { name: 'New', exact: true }).click()
  await setText(page, second)
  await expect(page.getByLabel('File name')).toHaveValue('fire-drill.yaml')
  await page.getByLabel('File name').fill('bus-drill.yaml')
  answer = false
  await page.getByRole('button', { name: /^Save/ }).click()
  await expect(fileStatus(page)).toContainText('Not saved: “bus-drill.yaml” was kept as it was.')
  expect(dialogs).toEqual(['“bus-drill.yaml” is already one of your scenarios. Replace it?'])
  await page.getByLabel('File name').fill('fire-drill.yaml')
  await page.getByRole('button', { name: /^Save/ }).click()
  await expect(fileStatus(page)).toContainText('Saved fire-drill.yaml.')
  // Saving the same file again is not replacing another: no question.
  await page.getByRole('button', { name: /^Save/ }).click()
  expect(dialogs).toHaveLength(1)
  await page.getByRole('button', { name: 'Close studio' }).click()

  // Both are in the library, each with its own actions.
  const busCard = page.getByRole('article', { name: 'The bus drill' })
  await expect(busCard).toBeVisible()
  await expect(page.getByRole('article', { name: 'The fire drill' })).toBeVisible()
  await busCard.scrollIntoViewIfNeeded()
  const busFile = page.getByRole('group', { name: 'Your file bus-drill.yaml' })
  await screenshotBoth(page, '30-library-user-scenarios', false)
  await expectAccessible(page, 'library with user scenarios')

  // Download: the file as saved, under its name.
  const download = page.waitForEvent('download')
  await busFile.getByRole('button', { name: 'Download' }).click()
  expect((await download).suggestedFilename()).toBe('bus-drill.yaml')

  // Duplicate: a copy under a free name.
  await busFile.getByRole('button', { name: 'Duplicate' }).click()
  await expect(page.getByText('Copied “bus-drill.yaml” as “bus-drill-copy.yaml”.')).toBeVisible()
  await expect(page.getByText('Your file: bus-drill-copy.yaml')).toBeVisible()

  // Edit: back in the studio with that file, saved under its own name without a question.
  await busFile.getByRole('button', { name: 'Edit in the studio' }).click()
  await expect(page.getByLabel('File name')).toHaveValue('bus-drill.yaml')
  await expect(page.getByRole('textbox', { name: 'Scenario YAML' })).toContainText(
    'title: The bus drill',
  )
  await page.getByRole('button', { name: /^Save/ }).click()
  await expect(fileStatus(page)).toContainText('Saved bus-drill.yaml.')
  expect(dialogs).toHaveLength(1)
  await page.getByRole('button', { name: 'Close studio' }).click()

  // Delete: asked first; refused keeps it, accepted removes it.
  await busFile.getByRole('button', { name: 'Delete' }).click()
  expect(dialogs.at(-1)).toBe('Delete “bus-drill.yaml” and its images? This cannot be undone.')
  await expect(page.getByText('Your file: bus-drill.yaml')).toBeVisible()
  answer = true
  await busFile.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByText('Deleted “bus-drill.yaml”.')).toBeVisible()
  await expect(page.getByText('Your file: bus-drill.yaml', { exact: true })).toHaveCount(0)
  // The copy stays.
  await expect(page.getByText('Your file: bus-drill-copy.yaml')).toBeVisible()
})
