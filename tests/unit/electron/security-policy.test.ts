import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isAllowedRequest,
} from '../../../electron/main/security-policy'

const DIR = 'file:///opt/ntk/resources/app.asar/out/renderer/'
const APP = `${DIR}index.html`

describe('isAllowedRequest: no network, only the app’s own files', () => {
  it.each([
    APP,
    `${DIR}assets/index-D5NO.js`,
    `${DIR}assets/font.woff2`,
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:file:///3f0a',
    'devtools://devtools/bundled/inspector.html',
  ])('allows %s', (url) => {
    expect(isAllowedRequest(url, DIR)).toBe(true)
  })

  it.each([
    'https://evil.example/x.js',
    'http://localhost:5173/',
    'ws://127.0.0.1:9229/',
    'wss://evil.example/socket',
    'ftp://evil.example/',
    'file:///etc/passwd',
    'file:///opt/ntk/resources/app.asar/out/renderer-evil/x.js',
    'file:///opt/ntk/resources/app.asar/out/main/index.js',
    `${DIR}../main/index.js`,
    'file://evil-host/opt/ntk/resources/app.asar/out/renderer/index.html',
    'chrome://settings',
    'javascript:alert(1)',
    'not a url',
  ])('blocks %s', (url) => {
    expect(isAllowedRequest(url, DIR)).toBe(false)
  })
})

describe('isAllowedNavigation', () => {
  it('allows the app page and its routes only', () => {
    expect(isAllowedNavigation(`${APP}#/projector`, APP)).toBe(true)
    expect(isAllowedNavigation('https://example.org/', APP)).toBe(false)
    expect(isAllowedNavigation(`${DIR}other.html`, APP)).toBe(false)
    expect(isAllowedNavigation('file:///home/user/Downloads/evil.html', APP)).toBe(false)
  })
})

describe('the CSP header', () => {
  it('forbids remote and inline script and plugins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';")
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('agrees with the renderer’s meta tag on every directive the meta tag sets', async () => {
    const html = await readFile(new URL('../../../renderer/index.html', import.meta.url), 'utf8')
    const meta = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBeDefined()
    for (const directive of (meta ?? '').split(';').map((d) => d.trim())) {
      expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive)
    }
  })
})
