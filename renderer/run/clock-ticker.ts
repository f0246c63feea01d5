/**
 * The real-time clock as an actor: one `tick` per scenario minute, at `speed` scenario
 * minutes per real minute. Injected into the run machine so tests can replace it.
 */
import { fromCallback } from 'xstate'

export const clockTicker = fromCallback<{ type: 'noop' }, { speed: number }>(
  ({ sendBack, input }) => {
    const interval = setInterval(() => {
      sendBack({ type: 'tick', minutes: 1 })
    }, 60_000 / input.speed)
    return () => {
      clearInterval(interval)
    }
  },
)
