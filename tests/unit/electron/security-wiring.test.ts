/**
 * electron/main/security.ts driven through hand-written fakes of the Electron objects it
 * hooks into: each hook is registered, and each one refuses what it must. The policies
 * themselves have their own tests (security-policy.test.ts); these catch a hook that is
 * dropped, misnamed or wired to the wrong decision.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import {
  hardenContents,
  hardenSession,
  type HardenableContents,
  type HardenableSession,
  type NavigationEventName,
} from '../../../electron/main/security'
import {
  CONTENT_SECURITY_POLICY,
  PDF_CONTENT_SECURITY_POLICY,
} from '../../../electron/main/security-policy'

const DIR = 'file:///opt/ntk/resources/app.asar/out/renderer/'
const APP = `${DIR}index.html`

interface FakeEvent {
  readonly url: string
  readonly preventDefault: Mock<() => void>
}
type Listener = (event: FakeEvent) => void
type WindowOpenHandler = Parameters<HardenableContents['setWindowOpenHandler']>[0]

/** A web contents that records its listeners and lets the test fire events at them. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>()
  let windowOpen: WindowOpenHandler | undefined
  const contents: HardenableContents = {
    on(name: string, listener: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener])
    },
    setWindowOpenHandler(handler) {
      windowOpen = handler
    },
  }
  return {
    contents,
    registered: () => [...listeners.keys()],
    /** Fires `name` as Electron would; an event nobody listens to fails the test outright. */
    emit(name: string, url = ''): FakeEvent {
      const registered = listeners.get(name)
      if (registered === undefined) throw new Error(`nothing listens to ${name}`)
      const event: FakeEvent = { url, preventDefault: vi.fn() }
      for (const listener of registered) listener(event)
      return event
    },
    openWindow(url: string) {
      if (windowOpen === undefined) throw new Error('no window-open handler was set')
      return windowOpen({ url })
    },
  }
}

type Handlers = {
  request: Parameters<HardenableSession['setPermissionRequestHandler']>[0]
  check: Parameters<HardenableSession['setPermissionCheckHandler']>[0]
  device: Parameters<HardenableSession['setDevicePermissionHandler']>[0]
  beforeRequest: Parameters<HardenableSession['webRequest']['onBeforeRequest']>[0]
  headersReceived: Parameters<HardenableSession['webRequest']['onHeadersReceived']>[0]
}

/** A session that keeps every handler it is given, for the test to call. */
function fakeSession() {
  const set: Partial<Handlers> = {}
  const session: HardenableSession = {
    setPermissionRequestHandler: (handler) => (set.request = handler),
    setPermissionCheckHandler: (handler) => (set.check = handler),
    setDevicePermissionHandler: (handler) => (set.device = handler),
    webRequest: {
      onBeforeRequest: (listener) => (set.beforeRequest = listener),
      onHeadersReceived: (listener) => (set.headersReceived = listener),
    },
  }
  const handler = <K extends keyof Handlers>(kind: K): Handlers[K] => {
    const found = set[kind]
    if (found === undefined) throw new Error(`no ${kind} handler was set`)
    return found
  }
  return { session, handler }
}

let warn: Mock<typeof console.warn>
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.restoreAllMocks()
})

const NAVIGATION_EVENTS: readonly NavigationEventName[] = [
  'will-navigate',
  'will-frame-navigate',
  'will-redirect',
]

describe('hardenContents', () => {
  let fake: ReturnType<typeof fakeContents>
  beforeEach(() => {
    fake = fakeContents()
    hardenContents(fake.contents, APP)
  })

  // A hook added without a test here, or one dropped, fails this rather than going unseen.
  it('registers exactly the hooks these tests cover', () => {
    expect(fake.registered().sort()).toEqual([...NAVIGATION_EVENTS, 'will-attach-webview'].sort())
  })

  describe.each(NAVIGATION_EVENTS)('%s', (name) => {
    it.each([
      'https://evil.example/',
      'http://127.0.0.1:5173/',
      // What Chromium navigates to when a file is dropped on a window with no drop handler.
      'file:///home/user/Downloads/payload.html',
      `${DIR}other.html`,
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
    ])('refuses %s', (url) => {
      const event = fake.emit(name, url)
      expect(event.preventDefault).toHaveBeenCalledOnce()
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(url))
    })

    it.each([APP, `${APP}#/projector`, `${APP}#/`])('lets the app go to %s', (url) => {
      const event = fake.emit(name, url)
      expect(event.preventDefault).not.toHaveBeenCalled()
      expect(warn).not.toHaveBeenCalled()
    })
  })

  it.each(['https://evil.example/', APP, 'about:blank'])('opens no window for %s', (url) => {
    expect(fake.openWindow(url)).toEqual({ action: 'deny' })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(url))
  })

  it('refuses every <webview>', () => {
    expect(fake.emit('will-attach-webview').preventDefault).toHaveBeenCalledOnce()
  })
})

describe('hardenSession', () => {
  let fake: ReturnType<typeof fakeSession>
  beforeEach(() => {
    fake = fakeSession()
    hardenSession(fake.session, { appUrl: APP, appDir: DIR })
  })

  it.each(['media', 'geolocation', 'notifications', 'openExternal'])(
    'refuses a request for %s',
    (permission) => {
      const callback = vi.fn()
      fake.handler('request')(null, permission, callback)
      expect(callback).toHaveBeenCalledExactlyOnceWith(false)
    },
  )

  it('answers no to every permission check and device', () => {
    expect(fake.handler('check')(null, 'clipboard-read')).toBe(false)
    expect(fake.handler('device')({ deviceType: 'usb' })).toBe(false)
  })

  describe('requests', () => {
    const decide = (url: string) => {
      const callback = vi.fn()
      fake.handler('beforeRequest')({ url }, callback)
      return callback
    }

    it.each([
      'https://evil.example/x.js',
      'wss://evil.example/socket',
      'http://localhost:5173/',
      'file:///home/user/Downloads/payload.html',
      'file:///etc/passwd',
    ])('cancels %s', (url) => {
      expect(decide(url)).toHaveBeenCalledExactlyOnceWith({ cancel: true })
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(url))
    })

    it.each([
      APP,
      `${DIR}assets/index-D5NO.js`,
      'data:image/png;base64,iVBORw0KGgo=',
      'blob:file:///3f0a',
      'devtools://devtools/bundled/inspector.html',
    ])('lets %s through', (url) => {
      expect(decide(url)).toHaveBeenCalledExactlyOnceWith({ cancel: false })
      expect(warn).not.toHaveBeenCalled()
    })
  })

  describe('response headers', () => {
    it('adds the CSP and keeps the headers already there', () => {
      const callback = vi.fn()
      fake.handler('headersReceived')(
        { url: `${DIR}assets/index.js`, responseHeaders: { 'X-Kept': ['yes'] } },
        callback,
      )
      expect(callback).toHaveBeenCalledExactlyOnceWith({
        responseHeaders: {
          'X-Kept': ['yes'],
          'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        },
      })
    })

    it('leaves the developer tools’ own policy alone', () => {
      const callback = vi.fn()
      fake.handler('headersReceived')({ url: 'devtools://devtools/inspector.html' }, callback)
      expect(callback).toHaveBeenCalledExactlyOnceWith({})
    })

    it('sends the policy it was given (the PDF session’s)', () => {
      const pdf = fakeSession()
      hardenSession(pdf.session, { appUrl: DIR, appDir: DIR }, PDF_CONTENT_SECURITY_POLICY)
      const callback = vi.fn()
      pdf.handler('headersReceived')({ url: `${DIR}debrief.html` }, callback)
      expect(callback).toHaveBeenCalledExactlyOnceWith({
        responseHeaders: { 'Content-Security-Policy': [PDF_CONTENT_SECURITY_POLICY] },
      })
    })
  })
})
