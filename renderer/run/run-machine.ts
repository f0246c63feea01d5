/**
 * One exercise being played: the engine's session plus what only the room needs (the
 * displayed clock, pause, what the facilitator chose to show on the projector). Every
 * accepted event is saved at once through the host; the log is the truth.
 */
import { assertEvent, assign, setup } from 'xstate'
import { toClock, type Minute } from '../../engine/scenario/clock'
import type { LogEvent } from '../../engine/exercise/log'
import type { HostApi, SavedSession } from '../host/host-api'
import type { SessionPort } from '../exercise/session-port'
import { clockTicker } from './clock-ticker'

/** An event as the UI composes it: the machine stamps the time. */
export type Draft = LogEvent extends infer E ? (E extends LogEvent ? Omit<E, 't'> : never) : never

export interface RunInput {
  readonly host: HostApi
  readonly saved: SavedSession
  readonly session: SessionPort
}

export interface RunContext extends RunInput {
  /** Bumped on every change of the session, so selectors re-read it. */
  readonly revision: number
  /** The clock the room sees; never behind the session's clock. */
  readonly clock: Minute
  readonly error?: string
  readonly projector: boolean
  /** Keys of private items the facilitator chose to show on the projector. */
  readonly shown: ReadonlySet<string>
}

export type RunEvent =
  | { type: 'dispatch'; draft: Draft }
  | { type: 'undo' }
  | { type: 'tick'; minutes: number }
  | { type: 'add-minutes'; minutes: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'toggle-projector' }
  | { type: 'toggle-shown'; key: string }
  | { type: 'dismiss-error' }

/** The event with the room's clock as its time. */
export function stamp(context: Pick<RunContext, 'clock'>, draft: Draft): LogEvent {
  return { ...draft, t: toClock(context.clock) }
}

function afterChange(context: RunContext): Partial<RunContext> {
  return {
    revision: context.revision + 1,
    clock: Math.max(context.clock, context.session.view().clock),
  }
}

export const runMachine = setup({
  types: {
    input: {} as RunInput,
    context: {} as RunContext,
    events: {} as RunEvent,
    output: {} as { saved: SavedSession },
  },
  actors: { clockTicker },
  guards: {
    ended: ({ context }) => context.session.view().ended,
    realTime: ({ context }) => context.saved.setup.clock.kind === 'real-time',
  },
  actions: {
    apply: assign(({ context, event }) => {
      assertEvent(event, 'dispatch')
      const result = context.session.dispatch(stamp(context, event.draft))
      if (!result.ok) return { error: result.error }
      return { ...afterChange(context), error: undefined }
    }),
    undo: assign(({ context }) => {
      const result = context.session.undo()
      if (!result.ok) return { error: result.error }
      // Undo rewinds the room's clock too: the log, not the wall, is the truth.
      return {
        revision: context.revision + 1,
        clock: context.session.view().clock,
        error: undefined,
      }
    }),
    addMinutes: assign(({ context, event }) => {
      assertEvent(event, ['tick', 'add-minutes'])
      return { clock: context.clock + event.minutes }
    }),
    save: ({ context }) => {
      void context.host.saveSession(toSaved(context, false))
    },
    saveFinished: ({ context }) => {
      void context.host.saveSession(toSaved(context, true))
    },
    toggleProjector: assign(({ context }) => ({ projector: !context.projector })),
    toggleShown: assign(({ context, event }) => {
      assertEvent(event, 'toggle-shown')
      const shown = new Set(context.shown)
      if (!shown.delete(event.key)) shown.add(event.key)
      return { shown }
    }),
    dismissError: assign({ error: undefined }),
  },
}).createMachine({
  id: 'run',
  context: ({ input }) => ({
    ...input,
    revision: 0,
    clock: input.session.view().clock,
    projector: false,
    shown: new Set<string>(),
  }),
  initial: 'checking',
  // Saved at once, so a session is offered for resume even before its first event.
  entry: 'save',
  on: {
    'toggle-projector': { actions: 'toggleProjector' },
    'toggle-shown': { actions: 'toggleShown' },
    'dismiss-error': { actions: 'dismissError' },
  },
  states: {
    checking: { always: [{ guard: 'ended', target: 'ended' }, { target: 'playing' }] },
    playing: {
      initial: 'choosing',
      on: {
        dispatch: { actions: ['apply', 'save'], target: '.choosing' },
        undo: { actions: ['undo', 'save'], target: '.choosing' },
        'add-minutes': { actions: 'addMinutes' },
      },
      states: {
        choosing: {
          always: [
            { guard: 'ended', target: '#run.ended' },
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
    ended: {
      entry: 'saveFinished',
      type: 'final',
    },
  },
  output: ({ context }) => ({ saved: toSaved(context, true) }),
})

function toSaved(context: RunContext, finished: boolean): SavedSession {
  return {
    ...context.saved,
    log: context.session.view().log,
    finished,
    updatedAt: new Date().toISOString(),
  }
}
