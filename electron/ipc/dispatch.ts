/**
 * Main's single entry for IPC: every message goes through `dispatch`, which checks the
 * channel, the sender frame and the payload before the handler runs. Pure, so the
 * electron wiring (electron/main/ipc.ts) is one line per channel and every refusal is
 * unit-tested.
 */
import type { Channel, ParsedArgs, Response } from './contract'
import { IpcRefusal, isTrustedFrame, parseRequest, requireChannel, type SenderFrame } from './guard'

/** One handler per channel, typed from the contract; it receives parsed arguments only. */
export type Handlers = {
  readonly [C in Channel]: (args: ParsedArgs<C>) => Promise<Response<C>>
}

export function dispatch(
  handlers: Handlers,
  channel: string,
  frame: SenderFrame | null,
  args: readonly unknown[],
  appUrl: string,
): Promise<unknown> {
  const known = requireChannel(channel)
  if (!isTrustedFrame(frame, appUrl)) {
    throw new IpcRefusal(`Refused "${known}" from an untrusted frame (${frame?.url ?? 'gone'})`)
  }
  return run(handlers, known, args)
}

function run<C extends Channel>(
  handlers: Handlers,
  channel: C,
  args: readonly unknown[],
): Promise<Response<C>> {
  return handlers[channel](parseRequest(channel, args))
}
