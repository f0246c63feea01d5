/**
 * The host is chosen once at startup: the Electron preload exposes `window.needToKnow`;
 * anywhere else the browser host runs.
 */
import { createBrowserHost } from './browser-host'
import type { HostApi } from '../../contract/host-api'

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in a plain browser. */
    readonly needToKnow?: HostApi
  }
}

export function pickHost(): HostApi {
  return window.needToKnow ?? createBrowserHost()
}
