import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/ipc/dispatch'
import { createHandlers, exportFileName, type Platform } from '../../../electron/main/handlers'
import { Notices } from '../../../electron/main/persistence/notices'
import { ScenarioStore } from '../../../electron/main/persistence/scenario-store'
import { SessionStore } from '../../../electron/main/persistence/session-store'
import { SettingsStore } from '../../../electron/main/persistence/settings-store'
import { makeSession } from './session-fixture'

const APP = 'file:///app/out/renderer/index.html'
const frame = { url: APP, isTopFrame: true }
let dir: string
let events: string[]
let answers: { open: string | null; save: string | null }

function platform(): Platform {
  return {
    chooseScenarioFile: () => Promise.resolve(answers.open),
    chooseExportPath: (kind, name) => {
      events.push(`dialog ${kind} ${name}`)
      return Promise.resolve(answers.save)
    },
    printToPdf: (html) => Promise.resolve(new TextEncoder().encode(`%PDF-1.7 ${html.length}`)),
    toggleProjector: () => events.push('projector'),
    sessionSaved: (id) => events.push(`saved ${id}`),
  }
}

function handlers() {
  const notices = new Notices()
  return createHandlers({
    sessions: new SessionStore(join(dir, 'sessions'), notices),
    scenarios: new ScenarioStore(join(dir, 'scenarios')),
    settings: new SettingsStore(new Conf({ cwd: dir, configName: 'settings' }), notices),
    notices,
    platform: platform(),
  })
}
const call = (channel: string, ...args: unknown[]) =>
  dispatch(handlers(), channel, frame, args, APP)

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ntk-handlers-'))
  events = []
  answers = { open: null, save: null }
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('handlers through dispatch', () => {
  it('saves a session to disk and tells the windows', async () => {
    await call('session:save', makeSession('table-a', 2))
    expect(await readdir(join(dir, 'sessions'))).toEqual(['table-a.json'])
    expect(events).toEqual(['saved table-a'])
    expect(await call('session:list')).toMatchObject([{ id: 'table-a', events: 2 }])
  })

  it('exports text atomically where the user chose, with the right extension proposed', async () => {
    answers.save = join(dir, 'debrief.md')
    expect(await call('export:save', 'md', 'locker-note debrief', '# Debrief\n')).toEqual({
      saved: true,
      where: join(dir, 'debrief.md'),
    })
    expect(events).toEqual(['dialog md locker-note debrief.md'])
    expect(await readFile(join(dir, 'debrief.md'), 'utf8')).toBe('# Debrief\n')
  })

  it('prints a PDF export and writes its bytes', async () => {
    answers.save = join(dir, 'debrief.pdf')
    await call('export:save', 'pdf', 'debrief', '<h1>Debrief</h1>')
    expect(await readFile(join(dir, 'debrief.pdf'), 'utf8')).toBe('%PDF-1.7 16')
  })

  it('writes nothing when the user cancels', async () => {
    expect(await call('export:save', 'json', 'debrief', '{}')).toEqual({ saved: false })
    expect((await readdir(dir)).filter((name) => name !== 'settings.json')).toEqual([])
  })

  it('opens a scenario file and remembers it as recent', async () => {
    answers.open = join(dir, 'bus-stop.yaml')
    await writeFile(answers.open, 'id: bus-stop\n')
    expect(await call('scenario:open-file')).toMatchObject({
      name: 'bus-stop.yaml',
      text: 'id: bus-stop\n',
    })
    expect(await call('settings:get')).toMatchObject({ recentFiles: [answers.open] })
  })

  it('toggles the projector', async () => {
    await call('projector:toggle')
    expect(events).toEqual(['projector'])
  })
})

describe('exportFileName', () => {
  it.each([
    ['log', 'table-a', 'table-a.log.json'],
    ['html', 'report.HTML', 'report.HTML'],
    ['pdf', 'report', 'report.pdf'],
  ] as const)('%s %s -> %s', (kind, name, expected) => {
    expect(exportFileName(kind, name)).toBe(expected)
  })
})
