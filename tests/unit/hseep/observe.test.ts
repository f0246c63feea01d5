/**
 * The `observe` event of ttx-log/1 (docs/hseep.md): an evaluator's observation is kept in the
 * log, is checked (a known objective), and changes nothing: not the clock, not a flag, not a
 * score, over every shipped scenario's logs.
 */
import { describe, expect, it } from 'vitest'
import { parseLog } from '../../../engine/exercise/parse-log'
import { replay } from '../../../engine/exercise/replay'
import type { Log, LogEvent } from '../../../engine/exercise/log'
import { DEFAULT_POLICY } from '../../../engine/policy'
import { score } from '../../../engine/scoring'
import { shippedScenarios } from './read-back'

/** An observation after every timed event; returns the log and where each original event went. */
function withObservations(log: Log, objective: string | undefined): { log: Log; moved: number[] } {
  const events: LogEvent[] = []
  const moved: number[] = []
  let ended = false
  for (const event of log.events) {
    moved.push(events.length)
    events.push(event)
    if (event.type === 'end') ended = true
    if (event.t !== undefined && !ended) {
      events.push({
        type: 'observe',
        t: event.t,
        text: `Seen after event ${moved.length - 1}`,
        ...(objective === undefined ? {} : { objective }),
        by: 'Evaluator A',
      })
    }
  }
  return { log: { ...log, events }, moved }
}

describe('observe events', () => {
  it('parse as ttx-log/1 and are rejected with one clear message when malformed', () => {
    const ok = parseLog(
      JSON.stringify({
        format: 'ttx-log/1',
        scenario: 's',
        events: [
          { type: 'observe', t: '07:40', text: 'The table hesitated', objective: 'x-y', by: 'Lee' },
        ],
      }),
    )
    expect(ok.ok).toBe(true)
    const noText = parseLog(
      JSON.stringify({
        format: 'ttx-log/1',
        scenario: 's',
        events: [{ type: 'observe', t: '07:40' }],
      }),
    )
    expect(noText).toEqual({ ok: false, message: 'events[0].text: missing' })
  })

  for (const shipped of shippedScenarios()) {
    for (const [name, log] of shipped.logs) {
      it(`${shipped.id}/${name}: observations score nothing and keep every flag`, () => {
        const before = replay(shipped.scenario, log)
        const objective = shipped.scenario.objectives[0]?.id
        const { log: observed, moved } = withObservations(log, objective)
        expect(observed.events.length).toBeGreaterThan(log.events.length)
        const after = replay(shipped.scenario, observed)
        if (!before.ok || !after.ok) throw new Error('shipped logs replay')
        const flagsBefore = score(before.replay, DEFAULT_POLICY)
        const flagsAfter = score(after.replay, DEFAULT_POLICY)
        expect(flagsAfter.scores).toEqual(flagsBefore.scores)
        // The same flags, each pointing at the same event where it now stands.
        expect(flagsAfter.flags).toEqual(
          flagsBefore.flags.map((f) =>
            f.event === undefined ? f : { ...f, event: moved[f.event] },
          ),
        )
        expect(after.replay.clock).toBe(before.replay.clock)
      })
    }
  }

  const [first] = shippedScenarios()
  if (first === undefined) throw new Error('no shipped scenario')
  const reference = first.logs.get('reference')
  if (reference === undefined) throw new Error('no reference log')

  it('an unknown objective is an error naming the event', () => {
    const events: LogEvent[] = [
      ...reference.events.slice(0, 1),
      {
        type: 'observe',
        t: reference.events[0]?.t ?? first.scenario.start,
        text: 'x',
        objective: 'no-such-objective',
      },
    ]
    const result = replay(first.scenario, { ...reference, events })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message).toBe(
      'event 1: "no-such-objective" is not an objective in this scenario',
    )
    expect(result.error.index).toBe(1)
  })

  it('does not move the clock, so a later event may come at an earlier minute than the observation', () => {
    const start = first.scenario.start
    const events: LogEvent[] = [
      { type: 'observe', t: '23:59', text: 'A note written late' },
      { type: 'note', t: start, text: 'Play goes on at the start' },
    ]
    const result = replay(first.scenario, { ...reference, events })
    expect(result.ok).toBe(true)
  })

  it('is still held to the clock: never earlier than the current time', () => {
    const events: LogEvent[] = [{ type: 'observe', t: '00:00', text: 'Too early' }]
    const result = replay(first.scenario, { ...reference, events })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.error.message).toMatch(/^event 0: 00:00 is earlier than the clock/)
  })
})
