/**
 * The scenario clock in real time: a small machine that turns real milliseconds into
 * scenario minutes at a speed factor, and can be paused. Real time comes from the
 * `ticker` actor, swapped with `.provide()` (tests drive a simulated one). It only tells
 * the time: events still take their `t` from it and go through the session's rules.
 */
import { assign, emit, fromCallback, setup } from 'xstate'
import type { Minute } from '../scenario/clock'

/** Real milliseconds per scenario minute at speed 1. */
export const MS_PER_MINUTE = 60_000
/** How often the real ticker reports elapsed time. */
export const TICK_MS = 1_000

export type PlayClockEvent =
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'speed'; readonly speed: number }
  | { readonly type: 'set'; readonly minute: Minute }
  /** Real time elapsed, reported by the ticker. */
  | { readonly type: 'tick'; readonly ms: number }

export interface PlayClockContext {
  readonly minute: Minute
  /** Scaled milliseconds not yet making a whole minute. */
  readonly carry: number
  readonly speed: number
}

interface Timers {
  setInterval(callback: () => void, ms: number): unknown
  clearInterval(id: unknown): void
}
// Browsers and Node both have interval timers; the engine's type library names neither.
const timers = globalThis as unknown as Timers

/** Reports `TICK_MS` of real time every `TICK_MS`. */
export const realTicker = fromCallback<PlayClockEvent>(({ sendBack }) => {
  const id = timers.setInterval(() => {
    sendBack({ type: 'tick', ms: TICK_MS })
  }, TICK_MS)
  return () => {
    timers.clearInterval(id)
  }
})

export const playClockMachine = setup({
  types: {
    context: {} as PlayClockContext,
    events: {} as PlayClockEvent,
    input: {} as { readonly start: Minute; readonly speed?: number },
    emitted: {} as { readonly type: 'minute'; readonly minute: Minute },
  },
  actors: { ticker: realTicker },
  actions: {
    elapse: assign(({ context }, params: { ms: number }) => {
      const scaled = context.carry + params.ms * context.speed
      const minutes = Math.floor(scaled / MS_PER_MINUTE)
      return { minute: context.minute + minutes, carry: scaled - minutes * MS_PER_MINUTE }
    }),
    announce: emit(({ context }) => ({ type: 'minute' as const, minute: context.minute })),
  },
  guards: {
    wholeMinute: ({ context }, params: { ms: number }) =>
      context.carry + params.ms * context.speed >= MS_PER_MINUTE,
  },
}).createMachine({
  id: 'playClock',
  context: ({ input }) => ({ minute: input.start, carry: 0, speed: input.speed ?? 1 }),
  initial: 'running',
  on: {
    speed: { actions: assign({ speed: ({ event }) => Math.max(0, event.speed) }) },
    set: { actions: [assign({ minute: ({ event }) => event.minute, carry: 0 }), 'announce'] },
  },
  states: {
    running: {
      tags: ['running'],
      invoke: { src: 'ticker' },
      on: {
        pause: 'paused',
        tick: [
          {
            guard: { type: 'wholeMinute', params: ({ event }) => ({ ms: event.ms }) },
            actions: [{ type: 'elapse', params: ({ event }) => ({ ms: event.ms }) }, 'announce'],
          },
          { actions: { type: 'elapse', params: ({ event }) => ({ ms: event.ms }) } },
        ],
      },
    },
    paused: { tags: ['paused'], on: { resume: 'running' } },
  },
})
