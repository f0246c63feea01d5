/**
 * The app's security decisions as pure functions, so each is unit-tested with hostile
 * inputs; electron/main/security.ts only wires them to Electron's hooks.
 */
import { isTrustedSender } from '../ipc/guard'

/**
 * The same policy as renderer/index.html's meta tag, also sent as a response header for
 * anything that has headers. Nothing remote, no inline or eval'd script; inline styles
 * are needed by mermaid's SVG and React style props.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The PDF window renders export HTML with JavaScript off; it may load nothing but itself. */
export const PDF_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"

/**
 * Whether the app's session may make a request. No network at all: only the app's own
 * files (under `appDir`, a file:// URL ending in "/"), inline data and blobs, and the
 * developer tools.
 */
export function isAllowedRequest(url: string, appDir: string): boolean {
  if (!URL.canParse(url)) return false
  const target = new URL(url)
  switch (target.protocol) {
    case 'file:':
      return isInside(target, new URL(appDir))
    case 'data:':
    case 'blob:':
    case 'devtools:':
      return true
    default:
      return false
  }
}

function isInside(target: URL, dir: URL): boolean {
  return (
    target.host === '' &&
    dir.host === '' &&
    dir.pathname.endsWith('/') &&
    target.pathname.startsWith(dir.pathname)
  )
}

/** Navigation is allowed only to the app's own page (a reload, a route); nothing else. */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return isTrustedSender(url, appUrl)
}
