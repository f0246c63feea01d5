import { describe, expect, it } from 'vitest'
import { CHANNELS, contract } from '../../../electron/ipc/contract'
import { emptyEvaluation } from '../../../engine/hseep/evaluation'
import { dispatch, type Handlers } from '../../../electron/ipc/dispatch'
import {
  IpcRefusal,
  isTrustedSender,
  parseRequest,
  parseResponse,
} from '../../../electron/ipc/guard'
import { makeSession } from './session-fixture'
import { createRoomHandlers } from '../../../electron/main/room/room-handlers'

const APP = 'file:///opt/need-to-know/resources/app.asar/out/renderer/index.html'

describe('isTrustedSender', () => {
  it.each([
    APP,
    `${APP}#/projector`,
    `${APP}?view=projector`,
    'file:///opt/need-to-know/resources/app.asar/out/renderer/./index.html',
  ])('trusts the app page %s', (url) => {
    expect(isTrustedSender(url, APP)).toBe(true)
  })

  it.each([
    'https://evil.example/index.html',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'file:///opt/need-to-know/resources/app.asar/out/renderer/other.html',
    'file:///opt/need-to-know/resources/app.asar/out/renderer/index.html/../evil.html',
    'file:///opt/need-to-know/resources/app.asar/out/renderer/index.html%00.html',
    'file:///tmp/opt/need-to-know/resources/app.asar/out/renderer/index.html',
    'file://evil-host/opt/need-to-know/resources/app.asar/out/renderer/index.html',
    'file://user:pw@/opt/need-to-know/resources/app.asar/out/renderer/index.html',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(document.domain)',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'blob:file:///0c3b1f55',
    '',
    'not a url',
    undefined,
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url, APP)).toBe(false)
  })
})

const ok =
  <T>(value: T) =>
  () =>
    Promise.resolve(value)
const handlers: Handlers = {
  'scenario:open-file': ok(null),
  'scenario:list-user': ok([]),
  'scenario:save-user': ([name, text]) =>
    Promise.resolve({ name, text, savedAt: '2026-03-01T09:00:00.000Z' }),
  'scenario:media': ok({}),
  'scenario:open-recent': () => Promise.reject(new Error('not in this test')),
  'session:save': ok(undefined),
  'session:list': ok([]),
  'session:load': ([id]) => Promise.resolve({ ok: false, message: `no ${id}` }),
  'session:delete': ok(undefined),
  'settings:get': ok({ recentFiles: [], lastTableName: '', defaultClock: { kind: 'manual' } }),
  'settings:update': ok({ recentFiles: [], lastTableName: '', defaultClock: { kind: 'manual' } }),
  'export:save': ok({ saved: false }),
  'projector:toggle': ok(undefined),
  'projector:show': ok(undefined),
  'projector:current': ok(null),
  'scenario:delete-user': ok(undefined),
  'notices:take': ok(['a notice']),
  'export:save-bytes': ok({ saved: false }),
  'evaluation:save': ok(undefined),
  'evaluation:load': ok(null),
  ...createRoomHandlers(undefined),
}
const appFrame = { url: APP, isTopFrame: true }

describe('dispatch', () => {
  it('runs the handler with parsed arguments for a trusted frame', async () => {
    await expect(dispatch(handlers, 'session:load', appFrame, ['table-a'], APP)).resolves.toEqual({
      ok: false,
      message: 'no table-a',
    })
  })

  it.each(['session:exec', 'shell:open', '__proto__', 'constructor', 'toString', ''])(
    'refuses the unknown channel %j',
    (channel) => {
      expect(() => dispatch(handlers, channel, appFrame, [], APP)).toThrow(/unknown channel/)
    },
  )

  it.each([
    ['an iframe of the app page', { url: APP, isTopFrame: false }],
    ['another origin', { url: 'https://evil.example/', isTopFrame: true }],
    ['a destroyed frame', null],
  ])('refuses %s', (_label, frame) => {
    expect(() => dispatch(handlers, 'notices:take', frame, [], APP)).toThrow(/untrusted frame/)
  })
})

describe('parseRequest with hostile payloads', () => {
  const refused = (run: () => unknown): void => {
    expect(run).toThrow(IpcRefusal)
  }

  it('accepts a well-formed session and fills the log policy default', () => {
    const session = makeSession('table-a', 2)
    const { policy: _policy, ...log } = session.log
    const [parsed] = parseRequest('session:save', [{ ...session, log }])
    expect(parsed.log.policy).toBe('default')
  })

  it.each(['../etc/passwd', '..', 'a/b', 'A-UPPER', 'a.json', 'x'.repeat(65), '', 'con\0'])(
    'refuses the session id %j',
    (id) => {
      refused(() => parseRequest('session:load', [id]))
      refused(() => parseRequest('session:save', [makeSession(id, 1)]))
    },
  )

  it('refuses wrong types, missing and extra arguments', () => {
    refused(() => parseRequest('session:load', [42]))
    refused(() => parseRequest('session:load', []))
    refused(() => parseRequest('session:load', ['a', 'b']))
    refused(() => parseRequest('notices:take', ['extra']))
    refused(() => parseRequest('session:save', [{ ...makeSession('a', 1), finished: 'yes' }]))
    refused(() => parseRequest('export:save', ['exe', 'report', 'x']))
  })

  it('refuses huge strings', () => {
    refused(() => parseRequest('scenario:save-user', ['big.yaml', 'x'.repeat(5_000_001)]))
    refused(() => parseRequest('settings:update', [{ lastTableName: 'x'.repeat(201) }]))
    const huge = makeSession('a', 1)
    const note = { type: 'note' as const, text: 'x'.repeat(20_000_001) }
    refused(() => parseRequest('session:save', [{ ...huge, log: { ...huge.log, events: [note] } }]))
  })

  it('refuses prototype pollution keys and does not pollute', () => {
    const hostile: unknown = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    )
    refused(() => parseRequest('settings:update', [hostile]))
    const session: unknown = JSON.parse(
      JSON.stringify(makeSession('a', 1)).replace(
        '"finished"',
        '"__proto__":{"polluted":1},"finished"',
      ),
    )
    refused(() => parseRequest('session:save', [session]))
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it.each(['../evil.yaml', '/etc/cron.d/x.yaml', 'C:\\x.yaml', 'a/b.yaml', '.yaml'])(
    'refuses the scenario name %j',
    (name) => {
      refused(() => parseRequest('scenario:save-user', [name, 'x']))
    },
  )

  it.each(['../report', 'a/b', 'a\\b', 'x:y', ''])('refuses the export name %j', (name) => {
    refused(() => parseRequest('export:save', ['md', name, '# Debrief']))
  })

  it('takes binary exports as bytes of a known format only', () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    const bytes = new Uint8Array([80, 75, 3, 4])
    expect(parseRequest('export:save-bytes', ['aar.docx', bytes, docx])[1]).toBe(bytes)
    refused(() => parseRequest('export:save-bytes', ['aar.docx', 'PK', docx]))
    refused(() => parseRequest('export:save-bytes', ['aar.docx', [80, 75], docx]))
    refused(() => parseRequest('export:save-bytes', ['aar.exe', bytes, 'application/x-msdownload']))
    refused(() => parseRequest('export:save-bytes', ['../aar.docx', bytes, docx]))
  })

  it('takes an evaluation only as a valid ttx-evaluation/1 for a session id', () => {
    const evaluation = emptyEvaluation('threat-post', '2026-12-01')
    expect(parseRequest('evaluation:save', ['table-a', evaluation])[1]).toEqual(evaluation)
    refused(() => parseRequest('evaluation:save', ['../table-a', evaluation]))
    refused(() => parseRequest('evaluation:save', ['table-a', { ...evaluation, extra: 1 }]))
    refused(() =>
      parseRequest('evaluation:save', [
        'table-a',
        {
          ...evaluation,
          feedback: [{ id: 'r', conduct: { realism: 9 }, objectives: {}, answers: {} }],
        },
      ]),
    )
    refused(() => parseRequest('evaluation:load', ['a/b']))
  })
})

describe('the contract', () => {
  it('names every channel domain:action', () => {
    expect(CHANNELS.length).toBe(26)
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/)
  })

  it('parses replies in the preload, refusing a reply of the wrong shape', () => {
    expect(parseResponse('notices:take', ['one'])).toEqual(['one'])
    expect(() => parseResponse('notices:take', 'one')).toThrow(/Unexpected reply/)
    expect(() => parseResponse('session:load', { ok: true })).toThrow(IpcRefusal)
    expect(contract['session:save'].response.safeParse(undefined).success).toBe(true)
  })
})
