import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/ipc/dispatch'
import { createHandlers, exportFileName, type Platform } from '../../../electron/main/handlers'
import { EvaluationStore } from '../../../electron/main/persistence/evaluation-store'
import { Notices } from '../../../electron/main/persistence/notices'
import { emptyEvaluation } from '../../../engine/hseep/evaluation'
import { ScenarioStore } from '../../../electron/main/persistence/scenario-store'
import { SessionStore } from '../../../electron/main/persistence/session-store'
import { SettingsStore } from '../../../electron/main/persistence/settings-store'
import { makeSession } from './session-fixture'

const APP = 'file:///app/out/renderer/index.html'
const NOW = new Date('2026-12-02T03:04:05.678Z')
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
    chooseBinaryExportPath: (mime, name) => {
      events.push(`dialog ${mime} ${name}`)
      return Promise.resolve(answers.save)
    },
    printToPdf: (html) => Promise.resolve(new TextEncoder().encode(`%PDF-1.7 ${html.length}`)),
    toggleProjector: () => events.push('projector'),
    sessionSaved: (id) => events.push(`saved ${id}`),
    projectorState: (state) => events.push(`projector ${state?.inject.title ?? 'none'}`),
  }
}

function handlers() {
  const notices = new Notices()
  return createHandlers({
    sessions: new SessionStore(join(dir, 'sessions'), notices),
    evaluations: new EvaluationStore(join(dir, 'evaluations'), notices, () => NOW),
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
      scenario: { name: 'bus-stop.yaml', text: 'id: bus-stop\n' },
      media: {},
      notes: [],
    })
    expect(await call('settings:get')).toMatchObject({ recentFiles: [answers.open] })
  })

  describe('opening a scenario with material images', () => {
    const fixtures = join(import.meta.dirname, '../../fixtures')
    const png = () => readFile(join(fixtures, 'images/note.png'))

    /** The format's example (its material shows media/note.png) in a folder of its own. */
    async function exampleFolder(): Promise<string> {
      const folder = join(dir, 'trainer', 'locker-note')
      await mkdir(join(folder, 'media'), { recursive: true })
      await copyFile(join(fixtures, 'locker-note.yaml'), join(folder, 'locker-note.yaml'))
      answers.open = join(folder, 'locker-note.yaml')
      return folder
    }

    it('reads the image beside it as a data URL, and saving keeps it with the scenario', async () => {
      const folder = await exampleFolder()
      await copyFile(join(fixtures, 'images/note.png'), join(folder, 'media', 'note.png'))
      const opened = (await call('scenario:open-file')) as {
        scenario: { name: string; text: string }
        media: Record<string, string>
        notes: string[]
      }
      const expected = `data:image/png;base64,${(await png()).toString('base64')}`
      expect(opened.media).toEqual({ 'media/note.png': expected })
      expect(opened.notes).toEqual([])

      const { name, text } = opened.scenario
      await call('scenario:save-user', name, text, opened.media)
      // The studio saves text alone: the images stay.
      await call('scenario:save-user', name, `${text}\n`)
      expect(await call('scenario:list-user')).toMatchObject([{ name: 'locker-note.yaml' }])
      expect(await call('scenario:media', name)).toEqual({ 'media/note.png': expected })
    })

    it('opens without an image that is missing, and says so', async () => {
      await exampleFolder()
      const opened = await call('scenario:open-file')
      expect(opened).toMatchObject({
        media: {},
        notes: [
          'Image "media/note.png": not found beside the scenario; its card shows without it.',
        ],
      })
    })

    it('refuses a file named .png that is not one', async () => {
      const folder = await exampleFolder()
      await writeFile(join(folder, 'media', 'note.png'), '<svg onload="alert(1)"/>')
      expect(await call('scenario:open-file')).toMatchObject({
        media: {},
        notes: ['Image "media/note.png" is not a png, jpg or webp image, whatever its name says.'],
      })
    })

    it('refuses a symbolic link that leads out of the scenario folder', async () => {
      const folder = await exampleFolder()
      await writeFile(join(dir, 'secret.png'), await png())
      await symlink(join(dir, 'secret.png'), join(folder, 'media', 'note.png'))
      expect(await call('scenario:open-file')).toMatchObject({
        media: {},
        notes: ['Image "media/note.png": leads outside the scenario folder.'],
      })
    })
  })

  it.each([
    ['an svg, which can hold script', { 'media/a.png': 'data:image/svg+xml;base64,PHN2Zz4=' }],
    ['a file URL', { 'media/a.png': 'file:///etc/passwd' }],
    ['a remote URL', { 'media/a.png': 'https://evil.example/a.png' }],
    ['a path out of the folder', { '../a.png': 'data:image/png;base64,AA==' }],
    ['a path that is not an image', { 'media/a.html': 'data:image/png;base64,AA==' }],
  ])('refuses to save media holding %s, and writes nothing', async (_name, media) => {
    // dispatch refuses before any handler runs: it throws rather than rejecting.
    expect(() => call('scenario:save-user', 'a.yaml', 'id: a\n', media)).toThrow(
      /^Refused "scenario:save-user": .*\n {2}→ at \[2\]/,
    )
    expect(await readdir(dir)).not.toContain('scenarios')
  })

  describe('reopening a recent file', () => {
    it('reads a file the user once picked again from disk, with its images', async () => {
      answers.open = join(dir, 'bus-stop.yaml')
      await writeFile(answers.open, 'id: bus-stop\n')
      await call('scenario:open-file')
      await writeFile(answers.open, 'id: bus-stop\ntitle: edited since\n')
      expect(await call('scenario:open-recent', answers.open)).toMatchObject({
        scenario: { name: 'bus-stop.yaml', text: 'id: bus-stop\ntitle: edited since\n' },
        media: {},
      })
    })

    it('refuses any path the user never picked, reading nothing', async () => {
      const secret = join(dir, 'secret.yaml')
      await writeFile(secret, 'token: do-not-read\n')
      await expect(call('scenario:open-recent', secret)).rejects.toThrow(
        'secret.yaml is not among the recent files; open it with "Open a scenario file…".',
      )
    })

    it('says so when the file has gone, and takes it off the list', async () => {
      answers.open = join(dir, 'gone.yaml')
      await writeFile(answers.open, 'id: gone\n')
      await call('scenario:open-file')
      await rm(answers.open)
      await expect(call('scenario:open-recent', answers.open)).rejects.toThrow(
        `gone.yaml is no longer at ${answers.open}; it was taken off the recent files.`,
      )
      expect(await call('settings:get')).toMatchObject({ recentFiles: [] })
    })

    it('cannot be steered by the page: settings:update refuses recent files', async () => {
      expect(() => call('settings:update', { recentFiles: [join(dir, 'secret.yaml')] })).toThrow(
        /^Refused "settings:update"/,
      )
      expect(await call('settings:update', { lastTableName: 'Table 7' })).toMatchObject({
        recentFiles: [],
        lastTableName: 'Table 7',
      })
    })
  })

  it('refuses to read the images of a name that is not a scenario file name', () => {
    expect(() => call('scenario:media', '../sessions/table-a.json')).toThrow(
      /^Refused "scenario:media"/,
    )
  })

  it('toggles the projector', async () => {
    await call('projector:toggle')
    expect(events).toEqual(['projector'])
  })

  it('sends the projector state to every window and keeps it for a window opened later', async () => {
    const one = handlers()
    const send = (channel: string, ...args: unknown[]) => dispatch(one, channel, frame, args, APP)
    expect(await send('projector:current')).toBeNull()
    const state = {
      sessionId: 'table-a',
      scenarioTitle: 'Drill',
      clock: 600,
      threat: 1,
      ended: false,
      inject: { title: 'The bell rings', materials: [{ kind: 'document', text: 'A note' }] },
      facts: [],
      decisions: [{ role: 'Principal', prompt: 'What do you do?' }],
    }
    await send('projector:show', state)
    expect(events).toEqual(['projector The bell rings'])
    expect(await send('projector:current')).toEqual(state)
    await send('projector:show', null)
    expect(await send('projector:current')).toBeNull()
  })

  it('refuses a projector state carrying anything it does not know', () => {
    expect(() =>
      call('projector:show', {
        sessionId: 'table-a',
        scenarioTitle: 'Drill',
        clock: 600,
        threat: 1,
        ended: false,
        inject: { title: 'x', materials: [] },
        facts: [],
        decisions: [{ role: 'Principal', prompt: 'Go?', debrief: 'a teaching point' }],
      }),
    ).toThrow(/^Refused "projector:show"/)
  })

  it('deletes a user scenario with its images, and refuses a path', async () => {
    await call('scenario:save-user', 'drill.yaml', 'id: drill\n', {
      'media/a.png': 'data:image/png;base64,iVBORw0KGgo=',
    })
    await call('scenario:delete-user', 'drill.yaml')
    expect(await call('scenario:list-user')).toEqual([])
    expect(await call('scenario:media', 'drill.yaml')).toEqual({})
    expect(() => call('scenario:delete-user', '../sessions/table-a.json')).toThrow(
      /^Refused "scenario:delete-user"/,
    )
  })
})

describe('HSEEP files and evaluations', () => {
  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  const bytes = new Uint8Array([80, 75, 3, 4, 0, 255])

  it('writes a Word file byte for byte where the user chose, proposing its extension', async () => {
    answers.save = join(dir, 'out', 'threat-post-aar.docx')
    expect(await call('export:save-bytes', 'threat-post-aar', bytes, DOCX)).toEqual({
      saved: true,
      where: answers.save,
    })
    expect(events).toEqual([`dialog ${DOCX} threat-post-aar.docx`])
    expect(new Uint8Array(await readFile(answers.save))).toEqual(bytes)
  })

  it('keeps a name that already ends in the extension, and writes nothing when cancelled', async () => {
    expect(await call('export:save-bytes', 'msel.CSV', bytes, 'text/csv')).toEqual({
      saved: false,
    })
    expect(events).toEqual(['dialog text/csv msel.CSV'])
    expect((await readdir(dir)).filter((name) => name !== 'settings.json')).toEqual([])
  })

  it('keeps a session’s evaluation in a file beside the sessions, and deletes it with the session', async () => {
    const evaluation = {
      ...emptyEvaluation('threat-post', '2026-12-01'),
      hotwash: [{ id: 'h1', kind: 'improvement' as const, text: 'Nobody knew the tip line' }],
    }
    expect(await call('evaluation:load', 'table-a')).toBeNull()
    await call('session:save', makeSession('table-a', 1))
    await call('evaluation:save', 'table-a', evaluation)
    expect(await readdir(join(dir, 'evaluations'))).toEqual(['table-a.json'])
    expect(await call('evaluation:load', 'table-a')).toEqual(evaluation)
    await call('session:delete', 'table-a')
    expect(await readdir(join(dir, 'evaluations'))).toEqual([])
    expect(await call('evaluation:load', 'table-a')).toBeNull()
  })

  it('moves an unreadable evaluation aside, says so once, and starts again', async () => {
    const own = handlers()
    await mkdir(join(dir, 'evaluations'))
    await writeFile(join(dir, 'evaluations', 'table-a.json'), '{"format":"ttx-evaluation/1",')
    expect(await dispatch(own, 'evaluation:load', frame, ['table-a'], APP)).toBeNull()
    const aside = 'table-a.corrupt-2026-12-02T03-04-05-678Z.json'
    expect(await readdir(join(dir, 'evaluations'))).toEqual([aside])
    const notices = await dispatch(own, 'notices:take', frame, [], APP)
    expect(notices).toEqual([
      expect.stringMatching(
        /evaluation of session "table-a" could not be read \(the file is truncated/,
      ),
    ])
    expect(await dispatch(own, 'notices:take', frame, [], APP)).toEqual([])
  })

  it('refuses a stored evaluation that does not follow ttx-evaluation/1', async () => {
    const own = handlers()
    await mkdir(join(dir, 'evaluations'))
    const wrong = {
      ...emptyEvaluation('threat-post'),
      ratings: [{ objective: 'x', rating: 'A', rationale: '' }],
    }
    await writeFile(join(dir, 'evaluations', 'table-b.json'), JSON.stringify(wrong))
    expect(await dispatch(own, 'evaluation:load', frame, ['table-b'], APP)).toBeNull()
    expect(await dispatch(own, 'notices:take', frame, [], APP)).toEqual([
      expect.stringMatching(/not a valid ttx-evaluation\/1: ratings\.0\.rating/),
    ])
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
