/** Files dropped on the Library as a drag from the desktop would bring them. */
import { readFileSync } from 'node:fs'
import type { JSHandle } from '@playwright/test'
import { expect, type Page } from './fixtures'

export interface Dropped {
  readonly name: string
  readonly base64: string
}

export const file = (name: string, path: string): Dropped => ({
  name,
  base64: readFileSync(path).toString('base64'),
})
export const text = (name: string, content: string): Dropped => ({
  name,
  base64: Buffer.from(content).toString('base64'),
})

/** A DataTransfer holding the files, as the browser builds one for a drag from the desktop. */
export function transfer(page: Page, files: readonly Dropped[]): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle((list) => {
    const data = new DataTransfer()
    for (const { name, base64 } of list) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      data.items.add(new File([bytes], name))
    }
    return data
  }, files)
}

export async function dropOnLibrary(page: Page, files: readonly Dropped[]): Promise<void> {
  const dataTransfer = await transfer(page, files)
  const library = page.locator('main.library')
  await library.dispatchEvent('dragover', { dataTransfer })
  await expect(page.getByText('Drop a scenario file (.yaml)')).toBeVisible()
  await library.dispatchEvent('drop', { dataTransfer })
}
