/**
 * The room's IPC channels (electron/ipc/room-contract.ts, electron/main/room/room-handlers.ts)
 * through main's one entry, `dispatch`: every request parsed by zod before the room sees it,
 * the parsed arguments passed on, and a build without a room saying so.
 */
import { describe, expect, it } from 'vitest'
import { dispatch, type Handlers } from '../../../electron/ipc/dispatch'
import { IpcRefusal } from '../../../electron/ipc/guard'
import { createRoomHandlers, type RoomService } from '../../../electron/main/room/room-handlers'

const APP = 'file:///app/out/renderer/index.html'
const frame = { url: APP, isTopFrame: true }
const LOG = { format: 'ttx-log/1', scenario: 'locker-note', policy: 'default', events: [] }

function fakeRoom() {
  const calls: unknown[][] = []
  const room: RoomService = {
    addresses: () => [{ name: 'wifi', address: '192.168.1.20' }],
    start: (request) => {
      calls.push(['start', request])
      return Promise.resolve({ hosting: false })
    },
    stop: () => Promise.resolve({ hosting: false }),
    sync: (state) => calls.push(['sync', state]),
    answer: (id, answer) => calls.push(['answer', id, answer]),
    seat: (role, action) => {
      calls.push(['seat', role, action])
      return { hosting: false }
    },
  }
  return { room, calls }
}

/** As ipcMain.handle sees it: a refusal thrown at once is a rejected reply all the same. */
const call = (handlers: Handlers, channel: string, args: unknown[]) =>
  Promise.resolve().then(() => dispatch(handlers, channel, frame, args, APP))

/** Only the room's channels are called here; the others are never reached. */
const withRoom = (room: RoomService | undefined) => createRoomHandlers(room) as unknown as Handlers

describe('the room’s IPC channels', () => {
  it('pass parsed requests to the room', async () => {
    const { room, calls } = fakeRoom()
    const handlers = withRoom(room)
    const start = {
      scenarioText: 'x',
      log: LOG,
      clock: 450,
      address: '192.168.1.20',
      approve: true,
    }
    await dispatch(handlers, 'room:start', frame, [start], APP)
    await dispatch(handlers, 'room:sync', frame, [{ log: LOG, clock: 460 }], APP)
    await dispatch(handlers, 'room:answer', frame, ['c'.repeat(32), { ok: true }], APP)
    await dispatch(handlers, 'room:seat', frame, ['sro', 'remove'], APP)
    await expect(dispatch(handlers, 'room:addresses', frame, [], APP)).resolves.toEqual([
      { name: 'wifi', address: '192.168.1.20' },
    ])
    expect(calls).toEqual([
      ['start', start],
      ['sync', { log: LOG, clock: 460 }],
      ['answer', 'c'.repeat(32), { ok: true }],
      ['seat', 'sro', 'remove'],
    ])
  })

  it('refuses malformed requests before the room sees them', async () => {
    const { room, calls } = fakeRoom()
    const handlers = withRoom(room)
    const start = { scenarioText: 'x', log: LOG, clock: 0, address: '192.168.1.20', approve: false }
    const refused = [
      ['room:start', [{ ...start, address: '0.0.0.0; rm -rf /' }]],
      ['room:start', [{ ...start, port: 80 }]],
      ['room:sync', [{ log: { ...LOG, events: [{ type: 'eval' }] }, clock: 0 }]],
      ['room:answer', ['../x', { ok: true }]],
      ['room:answer', ['c'.repeat(32), { ok: false, message: '' }]],
      ['room:seat', ['sro', 'delete']],
      ['room:seat', ['../../etc', 'remove']],
    ] as const
    for (const [channel, args] of refused) {
      await expect(call(handlers, channel, [...args])).rejects.toThrow(IpcRefusal)
    }
    expect(calls).toEqual([])
  })

  it('without a room, each channel says so', async () => {
    await expect(call(withRoom(undefined), 'room:stop', [])).rejects.toThrow(
      'Letting participants join is not available here.',
    )
  })
})
