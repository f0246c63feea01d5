/** Registers one ipcMain handler per contract channel, each going through dispatch(). */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { CHANNELS, type EventChannel, type EventPayload } from '../ipc/contract'
import { dispatch, type Handlers } from '../ipc/dispatch'
import type { SenderFrame } from '../ipc/guard'

export function registerIpc(handlers: Handlers, appUrl: string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      dispatch(handlers, channel, senderFrame(event), args, appUrl),
    )
  }
}

function senderFrame(event: IpcMainInvokeEvent): SenderFrame | null {
  const frame = event.senderFrame
  return frame === null ? null : { url: frame.url, isTopFrame: frame.parent === null }
}

/** Sends a main → renderer event, typed by the contract's event map. */
export function sendEvent<E extends EventChannel>(
  contents: WebContents,
  channel: E,
  payload: EventPayload<E>,
): void {
  if (!contents.isDestroyed()) contents.send(channel, payload)
}
