/** Properties over generated logs: determinism, prefixes, undo, and the fold against an actor. */
import fc from 'fast-check'
import { createActor } from 'xstate'
import { describe, expect, it } from 'vitest'
import { generateLog, generateScenario } from '../../../bench/generate'
import { indexScenario } from '../../../engine/scenario/scenario-index'
import type { Log } from '../../../engine/exercise/log'
import { exerciseLogic } from '../../../engine/exercise/logic'
import { collect, emptyRecords, replay, toReplay } from '../../../engine/exercise/replay'
import type { Replay } from '../../../engine/exercise/replay-types'
import { createSession } from '../../../engine/exercise/session'

const scenario = generateScenario({ roles: 5, facts: 12, injects: 6 })
const logs = fc
  .record({
    events: fc.integer({ min: 1, max: 120 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map(({ events, seed }) => generateLog(scenario, events, seed))

/** A replay as JSON: knowledge's Maps as sorted entries, the scenario's index left out. */
function jsonOf(replay: Replay): string {
  const { applied, learnings, injects, clock, end } = replay
  const knowledge = [...replay.knowledge]
    .map(([role, facts]) => [role, [...facts].sort(([a], [b]) => a.localeCompare(b))] as const)
    .sort(([a], [b]) => a.localeCompare(b))
  return JSON.stringify({ applied, learnings, knowledge, injects, clock, end })
}

function replayedJson(log: Log): string {
  const result = replay(scenario, log)
  if (!result.ok) throw new Error(result.error.message)
  return jsonOf(result.replay)
}

/** The same log sent event by event to a running actor of the exercise logic. */
function actorJson(log: Log): string {
  const index = indexScenario(scenario)
  const records = emptyRecords()
  const actor = createActor(exerciseLogic(index))
  actor.subscribe((snapshot) => {
    collect(records, snapshot.context.records)
  })
  actor.start()
  for (const event of log.events) actor.send(event)
  return jsonOf(toReplay(index, log, actor.getSnapshot().context.context, records))
}

describe('replay properties', () => {
  it('gives byte-identical results for the same log', () => {
    fc.assert(
      fc.property(logs, (log) => {
        expect(replayedJson(log)).toBe(replayedJson(structuredClone(log)))
      }),
      { numRuns: 40 },
    )
  })

  it('replays every prefix of a valid log', () => {
    fc.assert(
      fc.property(logs, fc.nat(), (log, cut) => {
        const prefix = { ...log, events: log.events.slice(0, cut % (log.events.length + 1)) }
        expect(replay(scenario, prefix).ok).toBe(true)
      }),
      { numRuns: 40 },
    )
  })

  it('loses no event: one applied record per log event plus option events', () => {
    fc.assert(
      fc.property(logs, (log) => {
        const result = replay(scenario, log)
        if (!result.ok) throw new Error(result.error.message)
        const fromLog = result.replay.applied.filter((event) => event.via === undefined)
        expect(fromLog.map((event) => event.index)).toEqual(log.events.map((_, index) => index))
      }),
      { numRuns: 40 },
    )
  })

  it('folds exactly as a running actor of the same logic', () => {
    fc.assert(
      fc.property(logs, (log) => {
        expect(replayedJson(log)).toBe(actorJson(log))
      }),
      { numRuns: 25 },
    )
  })

  it('undo after dispatch returns the state before', () => {
    fc.assert(
      fc.property(logs, (log) => {
        const events = log.events
        const last = events.at(-1)
        if (last === undefined) return
        const session = createSession(scenario, { log: { ...log, events: events.slice(0, -1) } })
        const before = session.state
        expect(session.dispatch(last).ok).toBe(true)
        expect(session.undo()).toEqual(before)
      }),
      { numRuns: 40 },
    )
  })
})
