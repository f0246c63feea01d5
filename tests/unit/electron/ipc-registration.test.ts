/**
 * electron/main/ipc.ts with `ipcMain` replaced by a recorder: every contract channel gets
 * a handler, and each handler refuses a hostile sender before the work runs.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../../electron/ipc/contract'
import type { Handlers } from '../../../electron/ipc/dispatch'
import { createRoomHandlers } from '../../../electron/main/room/room-handlers'

type Registered = (event: unknown, ...args: unknown[]) => unknown
const recorded = vi.hoisted(() => new Map<string, Registered>())
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Registered) => recorded.set(channel, handler) },
}))

const APP = 'file:///app/out/renderer/index.html'
const took = vi.fn(() => Promise.resolve(['notice']))

beforeAll(async () => {
  const { registerIpc } = await import('../../../electron/main/ipc')
  const unused = () => Promise.reject(new Error('not in this test'))
  const handlers: Handlers = {
    'scenario:open-file': unused,
    'scenario:list-user': unused,
    'scenario:save-user': unused,
    'scenario:media': unused,
    'scenario:open-recent': unused,
    'session:save': unused,
    'session:list': unused,
    'session:load': unused,
    'session:delete': unused,
    'settings:get': unused,
    'settings:update': unused,
    'export:save': unused,
    'projector:toggle': unused,
    'projector:show': unused,
    'projector:current': unused,
    'scenario:delete-user': unused,
    'notices:take': took,
    'export:save-bytes': unused,
    'evaluation:save': unused,
    'evaluation:load': unused,
    ...createRoomHandlers(undefined),
  }
  registerIpc(handlers, APP)
})

function handler(channel: string): Registered {
  const found = recorded.get(channel)
  if (found === undefined) throw new Error(`no handler for ${channel}`)
  return found
}

describe('registerIpc', () => {
  it('registers exactly the contract channels', () => {
    expect([...recorded.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it('runs the handler for the app page’s top frame', async () => {
    const event = { senderFrame: { url: `${APP}#/projector`, parent: null } }
    await expect(handler('notices:take')(event)).resolves.toEqual(['notice'])
    expect(took).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['a remote page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['an iframe', { senderFrame: { url: APP, parent: { url: APP } } }],
    ['a gone frame', { senderFrame: null }],
  ])('refuses %s without running the handler', (_label, event) => {
    took.mockClear()
    expect(() => handler('notices:take')(event)).toThrow(/untrusted frame/)
    expect(took).not.toHaveBeenCalled()
  })
})
