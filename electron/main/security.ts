/**
 * Wires the pure policies of security-policy.ts to Electron: no network, a CSP header,
 * every permission denied, and for every web contents — windows we make and any other —
 * navigation, new windows and <webview> refused.
 */
import { CONTENT_SECURITY_POLICY, isAllowedNavigation, isAllowedRequest } from './security-policy'

export interface AppLocation {
  /** file:// URL of the renderer's index.html. */
  readonly appUrl: string
  /** file:// URL of the renderer's directory, ending in "/". */
  readonly appDir: string
}

/*
 * The parameters below describe only the part of Electron's Session and WebContents this
 * file uses, so the wiring can be unit-tested with small fakes (the electron package
 * cannot run outside Electron). Electron's real objects stay assignable: index.ts and
 * pdf.ts pass them in, so the typecheck fails if these drift from Electron's API.
 */

interface Preventable {
  preventDefault(): void
}

interface NavigationEvent extends Preventable {
  readonly url: string
}

export type NavigationEventName = 'will-navigate' | 'will-frame-navigate' | 'will-redirect'

export interface HardenableContents {
  on(event: NavigationEventName, listener: (event: NavigationEvent) => void): unknown
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void
}

export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void
  setDevicePermissionHandler(handler: (details: { readonly deviceType: string }) => boolean): void
  readonly webRequest: {
    onBeforeRequest(
      listener: (
        details: { readonly url: string },
        callback: (response: { cancel: boolean }) => void,
      ) => void,
    ): void
    onHeadersReceived(
      listener: (
        details: { readonly url: string; readonly responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
      ) => void,
    ): void
  }
}

export function hardenSession(
  session: HardenableSession,
  where: AppLocation,
  csp = CONTENT_SECURITY_POLICY,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, where.appDir)
    if (!allowed) console.warn(`[security] blocked a request to ${details.url}`)
    callback({ cancel: !allowed })
  })
  // file:// responses carry no headers, so the renderer's meta tag is what binds there;
  // this covers anything that does have headers, should it ever be allowed through. The
  // developer tools keep their own policy.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (details.url.startsWith('devtools:')) {
      callback({})
      return
    }
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] },
    })
  })
}

/** Applied to every web contents the app ever creates (see app.on('web-contents-created')). */
export function hardenContents(contents: HardenableContents, appUrl: string): void {
  const refuseUnlessApp = (event: Preventable, url: string): void => {
    if (!isAllowedNavigation(url, appUrl)) {
      event.preventDefault()
      console.warn(`[security] refused navigation to ${url}`)
    }
  }
  contents.on('will-navigate', (event) => {
    refuseUnlessApp(event, event.url)
  })
  contents.on('will-frame-navigate', (event) => {
    refuseUnlessApp(event, event.url)
  })
  contents.on('will-redirect', (event) => {
    refuseUnlessApp(event, event.url)
  })
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[security] refused a new window for ${url}`)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
}
