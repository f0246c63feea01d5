/**
 * The one contract between the renderer and the main process: every channel, its request
 * (a zod tuple of the arguments, parsed by main) and its response (a zod schema, parsed by
 * the preload). The preload's HostApi implementation, main's handlers and the tests all
 * derive their types from this map, so a request or a response cannot drift.
 *
 * Channels are named `domain:action`. Pure: no electron import.
 */
import { z } from 'zod'
import {
  ExportKind,
  ExportResult,
  LoadedSession,
  Notices,
  OpenedScenario,
  ProjectorState,
  SavedSession,
  ScenarioMedia,
  ScenarioFileName,
  SessionId,
  SessionSummary,
  Settings,
  RendererSettingsPatch,
  SuggestedName,
  UserScenario,
  LIMITS,
  MenuCommand,
  BinaryMime,
  ExportBytes,
  StoredEvaluation,
} from '../../contract/host-schemas'
import { roomChannels, roomEvents } from './room-contract'

interface ChannelSpec {
  readonly request: z.ZodType<readonly unknown[]>
  readonly response: z.ZodType
}

const definitions = {
  'scenario:open-file': { request: z.tuple([]), response: OpenedScenario.nullable() },
  'scenario:list-user': { request: z.tuple([]), response: z.array(UserScenario).readonly() },
  'scenario:save-user': {
    request: z.tuple([
      ScenarioFileName,
      z.string().max(LIMITS.textChars),
      ScenarioMedia.optional(),
    ]),
    response: UserScenario,
  },
  'scenario:media': { request: z.tuple([ScenarioFileName]), response: ScenarioMedia },
  'scenario:delete-user': { request: z.tuple([ScenarioFileName]), response: z.void() },
  'scenario:open-recent': {
    request: z.tuple([z.string().max(LIMITS.pathChars)]),
    response: OpenedScenario,
  },
  'session:save': { request: z.tuple([SavedSession]), response: z.void() },
  'session:list': { request: z.tuple([]), response: z.array(SessionSummary).readonly() },
  'session:load': { request: z.tuple([SessionId]), response: LoadedSession },
  'session:delete': { request: z.tuple([SessionId]), response: z.void() },
  'settings:get': { request: z.tuple([]), response: Settings },
  'settings:update': { request: z.tuple([RendererSettingsPatch]), response: Settings },
  'export:save': {
    request: z.tuple([ExportKind, SuggestedName, z.string().max(LIMITS.textChars)]),
    response: ExportResult,
  },
  'projector:toggle': { request: z.tuple([]), response: z.void() },
  'projector:show': { request: z.tuple([ProjectorState]), response: z.void() },
  'projector:current': { request: z.tuple([]), response: ProjectorState },
  'notices:take': { request: z.tuple([]), response: Notices },
  // HSEEP (docs/hseep.md): Word, Excel and CSV files; a session's evaluation beside it.
  'export:save-bytes': {
    request: z.tuple([SuggestedName, ExportBytes, BinaryMime]),
    response: ExportResult,
  },
  'evaluation:save': { request: z.tuple([SessionId, StoredEvaluation]), response: z.void() },
  'evaluation:load': { request: z.tuple([SessionId]), response: StoredEvaluation.nullable() },
  ...roomChannels,
} as const satisfies Record<string, ChannelSpec>

type Definitions = typeof definitions
export type Channel = keyof Definitions
/** The arguments as the caller passes them (before parsing fills defaults). */
export type RequestArgs<C extends Channel> = z.input<Definitions[C]['request']>
/** The arguments as main's handler receives them, after parsing. */
export type ParsedArgs<C extends Channel> = z.output<Definitions[C]['request']>
export type Response<C extends Channel> = z.output<Definitions[C]['response']>

/**
 * The same map, typed as a mapped type over the channel, so generic code indexing it with
 * a channel `C` gets that channel's schemas rather than the union of all of them.
 */
export type Contract = {
  readonly [C in Channel]: {
    readonly request: z.ZodType<ParsedArgs<C>, RequestArgs<C>>
    readonly response: z.ZodType<Response<C>>
  }
}
export const contract: Contract = definitions

export function isChannel(value: string): value is Channel {
  return Object.hasOwn(contract, value)
}

export const CHANNELS: readonly Channel[] = Object.keys(contract).filter(isChannel)

/**
 * Main → renderer, one way (`webContents.send`), each with the schema the preload checks
 * before calling a listener:
 * - `menu:command`: a native menu item the renderer acts on (the renderer owns what "undo"
 *   or "export" means), through HostApi's optional `onMenuCommand`.
 * - `session:saved`: any window saved a session (HostApi's optional `onSessionSaved`), so
 *   the projector window re-reads it instead of polling.
 * - `projector:state`: the console sent a new projector state (`projector:show`); every
 *   window gets it, the projector window shows it.
 */
export { MenuCommand }
export type MenuCommand = z.output<typeof MenuCommand>

const eventDefinitions = {
  'menu:command': MenuCommand,
  'session:saved': SessionId,
  'projector:state': ProjectorState,
  ...roomEvents,
} as const satisfies Record<string, z.ZodType>

export type EventChannel = keyof typeof eventDefinitions
export type EventPayload<E extends EventChannel> = z.output<(typeof eventDefinitions)[E]>
/** Mapped over the channel for the same reason as `Contract`. */
export const events: { readonly [E in EventChannel]: z.ZodType<EventPayload<E>> } = eventDefinitions
