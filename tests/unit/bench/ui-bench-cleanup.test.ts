/**
 * The UI bench starts a web server and a browser; whatever fails, both stop (a server left
 * running keeps its port taken, and the next bench cannot start).
 */
import { describe, expect, it, vi } from 'vitest'
import type { Page } from '@playwright/test'
import { withWebEdition, type WebEditionParts } from '../../../bench/ui.bench'

function fakes(launchError?: Error) {
  const kill = vi.fn(() => true)
  const close = vi.fn(() => Promise.resolve())
  const page = { title: 'a page' } as unknown as Page
  const parts: WebEditionParts = {
    serve: () => Promise.resolve({ kill }),
    launch: () =>
      launchError
        ? Promise.reject(launchError)
        : Promise.resolve({ newPage: () => Promise.resolve(page), close }),
  }
  return { parts, kill, close, page }
}

describe('withWebEdition', () => {
  it('stops the server when the browser fails to launch, and reports the failure', async () => {
    const { parts, kill } = fakes(new Error('no chromium at /nowhere'))
    const use = vi.fn(() => Promise.resolve('measured'))
    await expect(withWebEdition(use, parts)).rejects.toThrow('no chromium at /nowhere')
    expect(use).not.toHaveBeenCalled()
    expect(kill).toHaveBeenCalledTimes(1)
  })

  it('closes the browser and stops the server when a measurement fails', async () => {
    const { parts, kill, close } = fakes()
    await expect(
      withWebEdition(() => Promise.reject(new Error('selector not found')), parts),
    ).rejects.toThrow('selector not found')
    expect(close).toHaveBeenCalledTimes(1)
    expect(kill).toHaveBeenCalledTimes(1)
  })

  it('hands the page to the measurement and returns its result, then stops both', async () => {
    const { parts, kill, close, page } = fakes()
    const seen: Page[] = []
    const result = await withWebEdition((given) => {
      seen.push(given)
      expect(kill).not.toHaveBeenCalled()
      return Promise.resolve(42)
    }, parts)
    expect(result).toBe(42)
    expect(seen).toEqual([page])
    expect(close).toHaveBeenCalledTimes(1)
    expect(kill).toHaveBeenCalledTimes(1)
  })
})
