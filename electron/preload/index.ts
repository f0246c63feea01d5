/**
 * The preload: implements HostApi over IPC, one function per capability, and exposes
 * nothing else — no generic invoke, no ipcRenderer, no process.env. Every reply is
 * parsed with the contract's response schema, so the renderer's types come from one
 * map and a parse, never from a cast.
 *
 * Sandboxed preloads cannot be ESM and cannot require node_modules: electron-vite
 * bundles this file, with zod, into one CommonJS script.
 */
import { contextBridge, ipcRenderer } from 'electron'
import type { HostApi } from '../../contract/host-api'
import {
  events,
  type Channel,
  type EventChannel,
  type EventPayload,
  type MenuCommand,
  type RequestArgs,
  type Response,
} from '../ipc/contract'
import { parseResponse } from '../ipc/guard'

/** HostApi with its optional desktop-only subscriptions made certain. */
export interface DesktopHostApi extends HostApi {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

async function call<C extends Channel>(channel: C, ...args: RequestArgs<C>): Promise<Response<C>> {
  const reply: unknown = await ipcRenderer.invoke(channel, ...args)
  return parseResponse(channel, reply)
}

/** Subscribes to one main → renderer event; a payload of the wrong shape is dropped. */
function subscribe<E extends EventChannel>(
  channel: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  const handle = (_event: Electron.IpcRendererEvent, value: unknown): void => {
    const payload = events[channel].safeParse(value)
    if (payload.success) listener(payload.data)
  }
  ipcRenderer.on(channel, handle)
  return () => {
    ipcRenderer.removeListener(channel, handle)
  }
}

const api = {
  platform: 'electron',
  openScenarioFile: () => call('scenario:open-file'),
  listUserScenarios: () => call('scenario:list-user'),
  saveUserScenario: (name, text, media) => call('scenario:save-user', name, text, media),
  userScenarioMedia: (name) => call('scenario:media', name),
  deleteUserScenario: (name) => call('scenario:delete-user', name),
  openRecentFile: (path) => call('scenario:open-recent', path),
  saveSession: (session) => call('session:save', session),
  listSessions: () => call('session:list'),
  loadSession: (id) => call('session:load', id),
  deleteSession: (id) => call('session:delete', id),
  getSettings: () => call('settings:get'),
  updateSettings: (patch) => call('settings:update', patch),
  exportFile: (kind, suggestedName, content) => call('export:save', kind, suggestedName, content),
  toggleProjector: () => call('projector:toggle'),
  takeNotices: () => call('notices:take'),
  onSessionSaved: (listener) => subscribe('session:saved', listener),
  showOnProjector: (state) => call('projector:show', state),
  onProjectorState: (listener) => {
    const unsubscribe = subscribe('projector:state', listener)
    // The state sent before this window opened; a newer one may already have arrived.
    let heard = false
    const unsubscribeHeard = subscribe('projector:state', () => {
      heard = true
    })
    void call('projector:current').then((state) => {
      if (!heard) listener(state)
    })
    return () => {
      unsubscribe()
      unsubscribeHeard()
    }
  },
  onMenuCommand: (listener) => subscribe('menu:command', listener),
  exportBytes: (name, bytes, mime) => call('export:save-bytes', name, bytes, mime),
  saveEvaluation: (id, evaluation) => call('evaluation:save', id, evaluation),
  loadEvaluation: (id) => call('evaluation:load', id),
  room: {
    addresses: () => call('room:addresses'),
    start: (request) => call('room:start', request),
    stop: () => call('room:stop'),
    sync: (state) => call('room:sync', state),
    answer: (id, answer) => call('room:answer', id, answer),
    seat: (role, action) => call('room:seat', role, action),
    onStatus: (listener) => subscribe('room:status', listener),
    onCommand: (listener) => subscribe('room:command', listener),
  },
} satisfies DesktopHostApi

contextBridge.exposeInMainWorld('needToKnow', api)
