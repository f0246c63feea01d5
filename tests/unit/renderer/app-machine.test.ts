/// <reference types="vite/client" />
// The app machine reaches the library's bundled scenarios (import.meta.glob, run by Vitest).
import { describe, expect, it, vi } from 'vitest'
import { createActor, waitFor } from 'xstate'
import { appMachine } from '../../../renderer/app/app-machine'
import type { HostApi, OpenedScenario, Settings } from '../../../contract/host-api'
import type { SessionPort } from '../../../renderer/exercise/session-port'

const settings: Settings = {
  recentFiles: ['/home/trainer/bus-stop.yaml'],
  lastTableName: '',
  defaultClock: { kind: 'manual' },
}
const opened: OpenedScenario = {
  scenario: { name: 'bus-stop.yaml', text: 'id: bus-stop\n', savedAt: '2026-11-29T08:00:00Z' },
  media: { 'media/map.png': 'data:image/png;base64,iVBORw0KGgo=' },
  notes: [],
}

/** A host whose every call is recorded; only what these tests reach does anything. */
function fakeHost(overrides: Partial<HostApi> = {}): HostApi {
  const unused = () => Promise.reject(new Error('not in this test'))
  return {
    platform: 'electron',
    openScenarioFile: vi.fn(unused),
    listUserScenarios: vi.fn(() => Promise.resolve([])),
    saveUserScenario: vi.fn((name: string, text: string) =>
      Promise.resolve({ name, text, savedAt: '2026-11-29T08:00:01Z' }),
    ),
    userScenarioMedia: vi.fn(() => Promise.resolve({})),
    deleteUserScenario: vi.fn(() => Promise.resolve()),
    saveSession: vi.fn(() => Promise.resolve()),
    listSessions: vi.fn(() => Promise.resolve([])),
    loadSession: vi.fn(unused),
    deleteSession: vi.fn(unused),
    getSettings: vi.fn(() => Promise.resolve(settings)),
    updateSettings: vi.fn(() => Promise.resolve(settings)),
    exportFile: vi.fn(unused),
    exportBytes: vi.fn(unused),
    saveEvaluation: vi.fn(unused),
    loadEvaluation: vi.fn(unused),
    toggleProjector: vi.fn(unused),
    takeNotices: vi.fn(() => Promise.resolve([])),
    ...overrides,
  }
}

function start(host: HostApi) {
  const openSession = vi.fn(
    () => ({ scenario: {}, view: () => ({}) }) as unknown as SessionPort, // never run here
  )
  const actor = createActor(appMachine, { input: { host, openSession } })
  actor.start()
  return actor
}

describe('the app machine and the host', () => {
  it('loads the remembered settings with the library', async () => {
    const actor = start(fakeHost())
    const library = await waitFor(actor, (s) => s.matches('library'))
    expect(library.context.library.settings).toEqual(settings)
  })

  it('reopens a recent file by the path the host listed, saving it with its images', async () => {
    const openRecentFile = vi.fn(() => Promise.resolve(opened))
    const listSessions = vi.fn(() => Promise.resolve([]))
    const saveUserScenario = vi.fn((name: string, text: string) =>
      Promise.resolve({ name, text, savedAt: '2026-11-29T08:00:01Z' }),
    )
    const host = fakeHost({ openRecentFile, listSessions, saveUserScenario })
    const actor = start(host)
    await waitFor(actor, (s) => s.matches('library'))
    actor.send({ type: 'open-recent', path: '/home/trainer/bus-stop.yaml' })
    await waitFor(actor, (s) => s.matches('library') && listSessions.mock.calls.length === 2)
    expect(openRecentFile).toHaveBeenCalledWith('/home/trainer/bus-stop.yaml')
    expect(saveUserScenario).toHaveBeenCalledWith('bus-stop.yaml', 'id: bus-stop\n', opened.media)
    // Said at the top, and its card brought into view: this text is no playable scenario.
    const { message, highlight } = actor.getSnapshot().context
    expect(message?.tone).toBe('error')
    expect(message?.text).toMatch(/^“bus-stop\.yaml” cannot be played: /)
    expect(highlight).toBe('user:bus-stop.yaml')
  })

  it('shows the host’s refusal as an error, and stays in the library', async () => {
    const openRecentFile = vi.fn(() => Promise.reject(new Error('gone.yaml is no longer at /x')))
    const actor = start(fakeHost({ openRecentFile }))
    await waitFor(actor, (s) => s.matches('library'))
    actor.send({ type: 'open-recent', path: '/x/gone.yaml' })
    const after = await waitFor(actor, (s) => s.context.message !== undefined)
    expect(after.context.message).toEqual({ text: 'gone.yaml is no longer at /x', tone: 'error' })
    expect(after.matches('library')).toBe(true)
  })
})
