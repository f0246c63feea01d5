/**
 * What main checks before it runs any IPC handler: the channel is in the contract, the
 * sender is the app's own page, and the payload parses with the channel's schema. Pure
 * (no electron import) so every hostile case is unit-tested in plain Node.
 */
import { z } from 'zod'
import { contract, isChannel, type Channel, type ParsedArgs, type Response } from './contract'

/** A refused message; its text reaches the renderer, so it names the problem plainly. */
export class IpcRefusal extends Error {
  override readonly name = 'IpcRefusal'
}

/** Parses a request's arguments, or throws an IpcRefusal that says what is wrong. */
export function parseRequest<C extends Channel>(
  channel: C,
  args: readonly unknown[],
): ParsedArgs<C> {
  const result = z.safeParse(contract[channel].request, args)
  if (!result.success) {
    throw new IpcRefusal(`Refused "${channel}": ${z.prettifyError(result.error)}`)
  }
  return result.data
}

/** Parses a response in the preload, so the renderer's types come from a parse, not a cast. */
export function parseResponse<C extends Channel>(channel: C, value: unknown): Response<C> {
  const result = z.safeParse(contract[channel].response, value)
  if (!result.success) {
    throw new IpcRefusal(`Unexpected reply on "${channel}": ${z.prettifyError(result.error)}`)
  }
  return result.data
}

/** Narrows an incoming channel name, or throws: only the contract's channels exist. */
export function requireChannel(channel: string): Channel {
  if (!isChannel(channel)) throw new IpcRefusal(`Refused unknown channel "${channel}"`)
  return channel
}

/**
 * True when `senderUrl` is the app's own page: the same file:// document as `appUrl`
 * (query and hash may differ: the projector is a route of the same page). Anything
 * else — another file, a remote page, data:, javascript:, about:blank, a UNC host — is
 * refused, because such a page must never reach the disk through our handlers.
 */
export function isTrustedSender(senderUrl: string | undefined, appUrl: string): boolean {
  if (senderUrl === undefined || !URL.canParse(senderUrl)) return false
  const sender = new URL(senderUrl)
  const app = new URL(appUrl)
  return (
    sender.protocol === 'file:' &&
    app.protocol === 'file:' &&
    sender.host === '' &&
    app.host === '' &&
    sender.username === '' &&
    sender.password === '' &&
    sender.pathname === app.pathname
  )
}

/** The frame facts main checks: a top-level frame (no parent) showing the app's page. */
export interface SenderFrame {
  readonly url: string
  readonly isTopFrame: boolean
}

export function isTrustedFrame(frame: SenderFrame | null, appUrl: string): boolean {
  return frame !== null && frame.isTopFrame && isTrustedSender(frame.url, appUrl)
}
