/**
 * The preload, run in plain Node with `electron` replaced by a recorder: it exposes one
 * object, with exactly HostApi's members plus the menu subscription, each calling its own
 * channel; replies are parsed, events of the wrong shape dropped.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../../electron/ipc/contract'
import { emptyEvaluation } from '../../../engine/hseep/evaluation'
import { makeSession } from './session-fixture'

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
  listeners: new Map<string, (event: unknown, value: unknown) => void>(),
}))

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: bridge.invoke,
    on: (channel: string, listener: (event: unknown, value: unknown) => void) =>
      bridge.listeners.set(channel, listener),
    removeListener: (channel: string) => bridge.listeners.delete(channel),
  },
}))

let api: Record<string, unknown>

beforeAll(async () => {
  await import('../../../electron/preload/index')
  const exposed = bridge.exposed.get('needToKnow')
  if (typeof exposed !== 'object' || exposed === null) throw new Error('nothing exposed')
  api = Object.fromEntries(Object.entries(exposed))
})

function method(name: string): (...args: unknown[]) => unknown {
  const fn = api[name]
  if (typeof fn !== 'function') throw new Error(`${name} is not a function`)
  return (...args: unknown[]) => {
    const result: unknown = Reflect.apply(fn, undefined, args)
    return result
  }
}

describe('the preload', () => {
  it('exposes one object with exactly the HostApi members and the subscriptions', () => {
    expect([...bridge.exposed.keys()]).toEqual(['needToKnow'])
    expect(Object.keys(api).sort()).toEqual(
      [
        'platform',
        'openScenarioFile',
        'listUserScenarios',
        'saveUserScenario',
        'userScenarioMedia',
        'openRecentFile',
        'saveSession',
        'listSessions',
        'loadSession',
        'deleteSession',
        'getSettings',
        'updateSettings',
        'exportFile',
        'toggleProjector',
        'takeNotices',
        'onSessionSaved',
        'onMenuCommand',
        'deleteUserScenario',
        'showOnProjector',
        'onProjectorState',
        'exportBytes',
        'saveEvaluation',
        'loadEvaluation',
        'room',
      ].sort(),
    )
    expect(api.platform).toBe('electron')
  })

  it('calls each capability on its own contract channel', async () => {
    bridge.invoke.mockResolvedValue(undefined)
    await method('saveSession')(makeSession('table-a', 1))
    await method('deleteSession')('table-a')
    await method('toggleProjector')()
    expect(bridge.invoke.mock.calls.map(([channel]) => channel)).toEqual([
      'session:save',
      'session:delete',
      'projector:toggle',
    ])
    expect(bridge.invoke.mock.calls[1]).toEqual(['session:delete', 'table-a'])
    for (const [channel] of bridge.invoke.mock.calls) expect(CHANNELS).toContain(channel)
  })

  it('carries HSEEP files and evaluations on their own channels', async () => {
    bridge.invoke.mockReset()
    const evaluation = emptyEvaluation('threat-post', '2026-12-01')
    bridge.invoke.mockResolvedValueOnce({ saved: true, where: '/tmp/aar.docx' })
    const bytes = new Uint8Array([80, 75])
    await expect(method('exportBytes')('aar.docx', bytes, 'text/csv')).resolves.toEqual({
      saved: true,
      where: '/tmp/aar.docx',
    })
    bridge.invoke.mockResolvedValueOnce(undefined)
    await method('saveEvaluation')('table-a', evaluation)
    bridge.invoke.mockResolvedValueOnce(evaluation)
    await expect(method('loadEvaluation')('table-a')).resolves.toEqual(evaluation)
    bridge.invoke.mockResolvedValueOnce({ format: 'ttx-evaluation/0' })
    await expect(method('loadEvaluation')('table-a')).rejects.toThrow(/Unexpected reply/)
    expect(bridge.invoke.mock.calls.slice(0, 3)).toEqual([
      ['export:save-bytes', 'aar.docx', bytes, 'text/csv'],
      ['evaluation:save', 'table-a', evaluation],
      ['evaluation:load', 'table-a'],
    ])
  })

  it('returns a parsed reply and rejects one of the wrong shape', async () => {
    bridge.invoke.mockResolvedValueOnce(['a notice'])
    await expect(method('takeNotices')()).resolves.toEqual(['a notice'])
    bridge.invoke.mockResolvedValueOnce({ ok: true })
    await expect(method('loadSession')('table-a')).rejects.toThrow(/Unexpected reply/)
  })

  it('delivers valid menu commands and drops anything else', () => {
    const heard: unknown[] = []
    const unsubscribe = method('onMenuCommand')((command: unknown) => heard.push(command))
    const deliver = bridge.listeners.get('menu:command')
    deliver?.({}, 'undo')
    deliver?.({}, 'rm -rf /')
    deliver?.({}, { command: 'undo' })
    expect(heard).toEqual(['undo'])
    if (typeof unsubscribe === 'function') Reflect.apply(unsubscribe, undefined, [])
    expect(bridge.listeners.has('menu:command')).toBe(false)
  })

  it('tells the projector when a session was saved', () => {
    const saved: unknown[] = []
    method('onSessionSaved')((id: unknown) => saved.push(id))
    bridge.listeners.get('session:saved')?.({}, 'table-a')
    bridge.listeners.get('session:saved')?.({}, '../x')
    expect(saved).toEqual(['table-a'])
  })

  it('hosts the console’s room over its own channels, and drops a forwarded command of the wrong shape', async () => {
    const room = api.room as Record<string, (...args: unknown[]) => unknown>
    expect(Object.keys(room).sort()).toEqual(
      ['addresses', 'answer', 'onCommand', 'onStatus', 'seat', 'start', 'stop', 'sync'].sort(),
    )
    bridge.invoke.mockReset()
    bridge.invoke.mockResolvedValueOnce({ hosting: false })
    await expect(Reflect.apply(room.stop as () => unknown, undefined, [])).resolves.toEqual({
      hosting: false,
    })
    bridge.invoke.mockResolvedValueOnce({ hosting: true })
    await expect(
      Reflect.apply(room.seat as () => unknown, undefined, ['sro', 'approve']),
    ).rejects.toThrow(/Unexpected reply/)
    expect(bridge.invoke.mock.calls).toEqual([['room:stop'], ['room:seat', 'sro', 'approve']])

    const heard: unknown[] = []
    Reflect.apply(room.onCommand as () => unknown, undefined, [(c: unknown) => heard.push(c)])
    const command = {
      id: 'b'.repeat(32),
      role: 'sro',
      key: 'key-00001',
      command: { type: 'act', action: 'search' },
    }
    bridge.listeners.get('room:command')?.({}, command)
    bridge.listeners.get('room:command')?.({}, { ...command, role: 'Not An Id' })
    bridge.listeners.get('room:command')?.({}, { ...command, command: { type: 'eval' } })
    expect(heard).toEqual([command])
  })
})
