/** The real-time clock as a running actor, with a simulated ticker swapped in by provide(). */
import { createActor, fromCallback } from 'xstate'
import { describe, expect, it } from 'vitest'
import { toMinute } from '../../../engine/scenario/clock'
import {
  MS_PER_MINUTE,
  playClockMachine,
  type PlayClockEvent,
} from '../../../engine/exercise/play-clock'

/** A ticker the test drives: `tick(ms)` reports that much real time to the clock. */
function simulatedClock(speed?: number) {
  let report: ((event: PlayClockEvent) => void) | undefined
  let running = 0
  const ticker = fromCallback<PlayClockEvent>(({ sendBack }) => {
    report = sendBack
    running += 1
    return () => {
      running -= 1
      report = undefined
    }
  })
  const input =
    speed === undefined ? { start: toMinute('07:30') } : { start: toMinute('07:30'), speed }
  const actor = createActor(playClockMachine.provide({ actors: { ticker } }), { input })
  const minutes: number[] = []
  actor.on('minute', (event) => minutes.push(event.minute))
  actor.start()
  return {
    actor,
    minutes,
    tick: (ms: number) => report?.({ type: 'tick', ms }),
    running: () => running,
  }
}

describe('the play clock', () => {
  it('turns real time into scenario minutes', () => {
    const clock = simulatedClock()
    clock.tick(MS_PER_MINUTE - 1)
    expect(clock.actor.getSnapshot().context.minute).toBe(toMinute('07:30'))
    clock.tick(1)
    clock.tick(2 * MS_PER_MINUTE)
    expect(clock.actor.getSnapshot().context.minute).toBe(toMinute('07:33'))
    expect(clock.minutes).toEqual([toMinute('07:31'), toMinute('07:33')])
  })

  it('runs at a speed factor', () => {
    const clock = simulatedClock(10)
    clock.tick(MS_PER_MINUTE / 2)
    expect(clock.actor.getSnapshot().context.minute).toBe(toMinute('07:35'))
  })

  it('stops the ticker while paused and starts it again on resume', () => {
    const clock = simulatedClock()
    clock.actor.send({ type: 'pause' })
    expect(clock.running()).toBe(0)
    expect(clock.actor.getSnapshot().hasTag('paused')).toBe(true)
    clock.tick(5 * MS_PER_MINUTE)
    expect(clock.actor.getSnapshot().context.minute).toBe(toMinute('07:30'))
    clock.actor.send({ type: 'resume' })
    expect(clock.running()).toBe(1)
    clock.tick(MS_PER_MINUTE)
    expect(clock.actor.getSnapshot().context.minute).toBe(toMinute('07:31'))
  })

  it('can be set, e.g. to the time of an advance', () => {
    const clock = simulatedClock()
    clock.actor.send({ type: 'set', minute: toMinute('07:50') })
    expect(clock.minutes).toEqual([toMinute('07:50')])
  })
})
