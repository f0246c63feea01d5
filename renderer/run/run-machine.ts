/**
 * One exercise being played: the engine's session plus what only the room needs (the
 * displayed clock, pause, what the facilitator chose to show on the projector) and the
 * state of the save. Two regions run side by side:
 *
 * - `play`: the guards ask the session, so `snapshot.can({ type: 'dispatch', draft })` is
 *   the engine's answer and an event it refuses is never taken;
 * - `save`: every change is saved through an invoked actor. A failed save is never silent:
 *   the region waits in `failed` (tag `not-saved`) until a retry or the next change succeeds.
 *
 * The context is replaced, never changed in place: after every change of the session it
 * holds a fresh `view`, so a selector sees a new value exactly when something changed.
 * Play is over (the machine is done) only once the finished session is saved.
 */
import { assertEvent, assign, fromPromise, raise, setup, stateIn } from 'xstate'
import { toClock, type Minute } from '../../engine/scenario/clock'
import type { LogEvent } from '../../engine/exercise/log'
import type { HostApi, SavedSession } from '../../contract/host-api'
import type { OpenDecision, SessionPort, SessionView } from '../exercise/session-port'
import { clockTicker } from './clock-ticker'

/** An event as the UI composes it: the machine stamps the time. */
export type Draft = LogEvent extends infer E ? (E extends LogEvent ? Omit<E, 't'> : never) : never

export interface RunInput {
  readonly host: HostApi
  readonly saved: SavedSession
  readonly session: SessionPort
}

/** The session at one moment, as the screens read it. */
export interface RunView extends SessionView {
  readonly openDecisions: readonly OpenDecision[]
  readonly canUndo: boolean
}

/** What the last undo took back, so the facilitator sees it. */
export interface Undone {
  readonly events: readonly LogEvent[]
  /** The inject current before each of them (what an `advance` left). */
  readonly injects: readonly string[]
}

export interface RunContext extends RunInput {
  readonly view: RunView
  /** The clock the room sees; never behind the session's clock. */
  readonly clock: Minute
  readonly undone?: Undone
  /** Why the last save failed, while it is not yet saved. */
  readonly saveError?: string
  readonly projector: boolean
  /** Keys of private items the facilitator chose to show on the projector. */
  readonly shown: ReadonlySet<string>
}

export type RunEvent =
  | { type: 'dispatch'; draft: Draft }
  | { type: 'undo' }
  /** Keeps the first `count` events of the log: "undo back to here". */
  | { type: 'undo-to'; count: number }
  | { type: 'tick'; minutes: number }
  | { type: 'add-minutes'; minutes: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'toggle-projector' }
  | { type: 'toggle-shown'; key: string }
  | { type: 'dismiss-undone' }
  | { type: 'retry-save' }
  /** Internal: the session changed and must be saved. */
  | { type: 'persist' }

/** The event with the room's clock as its time. */
export function stamp(context: Pick<RunContext, 'clock'>, draft: Draft): LogEvent {
  return { ...draft, t: toClock(context.clock) }
}

export function viewOf(session: SessionPort): RunView {
  return {
    ...session.view(),
    openDecisions: session.openDecisions(),
    canUndo: session.canUndo(),
  }
}

/** The record the host saves: the setup and the log, finished once play has ended. */
export function toSaved(context: Pick<RunContext, 'saved' | 'view'>): SavedSession {
  return {
    ...context.saved,
    log: context.view.log,
    finished: context.view.ended,
    updatedAt: new Date().toISOString(),
  }
}

const saveSession = fromPromise<undefined, { host: HostApi; session: SavedSession }>(
  async ({ input }) => {
    await input.host.saveSession(input.session)
    return undefined
  },
)

export const runMachine = setup({
  types: {
    input: {} as RunInput,
    context: {} as RunContext,
    events: {} as RunEvent,
    output: {} as { saved: SavedSession },
  },
  actors: { clockTicker, saveSession },
  guards: {
    ended: ({ context }) => context.view.ended,
    realTime: ({ context }) => context.saved.setup.clock.kind === 'real-time',
    accepted: ({ context, event }) =>
      event.type === 'dispatch' && context.session.can(stamp(context, event.draft)),
    canUndo: ({ context, event }) =>
      event.type === 'undo-to'
        ? event.count >= 0 && event.count < context.view.log.events.length
        : context.view.canUndo,
    playEnded: stateIn('#run.play.ended'),
  },
  actions: {
    apply: assign(({ context, event }) => {
      assertEvent(event, 'dispatch')
      // The `accepted` guard asked the same session a moment ago: this cannot be refused.
      context.session.dispatch(stamp(context, event.draft))
      const view = viewOf(context.session)
      return { view, clock: Math.max(context.clock, view.clock), undone: undefined }
    }),
    undo: assign(({ context, event }) => {
      assertEvent(event, ['undo', 'undo-to'])
      const count = event.type === 'undo' ? context.view.log.events.length - 1 : event.count
      const events = context.session.undoTo(count)
      const injects = context.view.injects.slice(count)
      const view = viewOf(context.session)
      // Undo rewinds the room's clock too: the log, not the wall, is the truth.
      return { view, clock: view.clock, undone: { events, injects } }
    }),
    persist: raise({ type: 'persist' }),
    addMinutes: assign(({ context, event }) => {
      assertEvent(event, ['tick', 'add-minutes'])
      return { clock: context.clock + event.minutes }
    }),
    toggleProjector: assign(({ context }) => ({ projector: !context.projector })),
    toggleShown: assign(({ context, event }) => {
      assertEvent(event, 'toggle-shown')
      const shown = new Set(context.shown)
      if (!shown.delete(event.key)) shown.add(event.key)
      return { shown }
    }),
    dismissUndone: assign({ undone: undefined }),
  },
}).createMachine({
  id: 'run',
  context: ({ input }) => {
    const view = viewOf(input.session)
    return {
      ...input,
      view,
      clock: view.clock,
      projector: false,
      shown: new Set<string>(),
    }
  },
  type: 'parallel',
  on: {
    'toggle-projector': { actions: 'toggleProjector' },
    'toggle-shown': { actions: 'toggleShown' },
    'dismiss-undone': { actions: 'dismissUndone' },
  },
  states: {
    play: {
      initial: 'checking',
      states: {
        checking: { always: [{ guard: 'ended', target: 'ended' }, { target: 'playing' }] },
        playing: {
          initial: 'choosing',
          on: {
            dispatch: { guard: 'accepted', actions: ['apply', 'persist'], target: '.choosing' },
            undo: { guard: 'canUndo', actions: ['undo', 'persist'], target: '.choosing' },
            'undo-to': { guard: 'canUndo', actions: ['undo', 'persist'], target: '.choosing' },
            'add-minutes': { actions: 'addMinutes' },
          },
          states: {
            choosing: {
              always: [
                { guard: 'ended', target: '#run.play.ended' },
                { guard: 'realTime', target: 'paused' },
                { target: 'manual' },
              ],
            },
            manual: { tags: ['manual-clock'] },
            // Real time starts paused: the facilitator starts the clock when the room is ready.
            paused: { tags: ['real-time', 'paused'], on: { resume: 'ticking' } },
            ticking: {
              tags: ['real-time', 'ticking'],
              invoke: {
                src: 'clockTicker',
                input: ({ context }) => ({
                  speed:
                    context.saved.setup.clock.kind === 'real-time'
                      ? context.saved.setup.clock.speed
                      : 1,
                }),
              },
              on: { tick: { actions: 'addMinutes' }, pause: 'paused' },
            },
          },
        },
        ended: { type: 'final' },
      },
    },
    save: {
      // Saved at once, so a session is offered for resume even before its first event.
      initial: 'saving',
      states: {
        idle: { on: { persist: 'saving' } },
        saving: {
          tags: ['saving'],
          invoke: {
            src: 'saveSession',
            input: ({ context }) => ({ host: context.host, session: toSaved(context) }),
            onDone: [
              { guard: 'playEnded', target: 'saved', actions: assign({ saveError: undefined }) },
              { target: 'idle', actions: assign({ saveError: undefined }) },
            ],
            onError: {
              target: 'failed',
              actions: assign({ saveError: ({ event }) => messageOf(event.error) }),
            },
          },
          // A change during a save starts the next save at once, not after: a reload a moment
          // later must find it. Both hosts write in call order (one IndexedDB store, main's
          // queue), so the newest save lands last; only the newest one's outcome is awaited.
          on: { persist: { target: 'saving', reenter: true } },
        },
        failed: {
          tags: ['not-saved'],
          on: { 'retry-save': 'saving', persist: 'saving' },
        },
        saved: { type: 'final' },
      },
    },
  },
  output: ({ context }) => ({ saved: toSaved(context) }),
})

function messageOf(error: unknown): string {
  return error instanceof Error && error.message !== '' ? error.message : String(error)
}
