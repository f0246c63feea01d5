/**
 * Type tests: what the compiler must refuse. Checked by
 * `tsc -p tsconfig.node.json`; an unused @ts-expect-error fails the typecheck.
 */
import { createActor } from 'xstate'
import { describe, expect, it } from 'vitest'
import { indexScenario } from '../../../engine/scenario/scenario-index'
import type { LogEvent } from '../../../engine/exercise/log'
import { exerciseLogic } from '../../../engine/exercise/logic'
import type { AppliedEvent, ReplayResult } from '../../../engine/exercise/replay-types'
import { createSession } from '../../../engine/exercise/session'
import { drill } from './fixtures'

describe('types', () => {
  const logic = exerciseLogic(indexScenario(drill()))

  it("accepts only log events as the actor's events", () => {
    const actor = createActor(logic)
    // @ts-expect-error -- not an event of the log
    actor.send({ type: 'jump' })
    // @ts-expect-error -- a share needs from, to and facts
    actor.send({ type: 'share', t: '09:01' })
    actor.send({ type: 'advance' })
    expect(actor.getSnapshot().status).toBe('active')
  })

  it('keeps replay results and session state read-only', () => {
    const session = createSession(drill())
    // @ts-expect-error -- the state is a view, not a place to write
    session.state.clock = 0
    const result = { ok: false, error: { index: 0, message: 'x' } } as ReplayResult
    // @ts-expect-error -- a failed result has no replay
    expect(result.ok || result.replay).toBeUndefined()
    // The state is rebuilt on every read: the write above changed nothing.
    expect(session.state.clock).toBe(540)
  })

  it('narrows applied events by type', () => {
    const applied = {
      type: 'act',
      index: 0,
      at: 540,
      inject: 'smoke',
      threat: 1,
      role: 'teacher',
      action: 'monitor',
      level: 0,
    } satisfies AppliedEvent
    // @ts-expect-error -- an act has no facts
    expect(applied.facts).toBeUndefined()
    const event: LogEvent = { type: 'note', text: 'ok' }
    // @ts-expect-error -- a note has no role
    expect(event.role).toBeUndefined()
  })
})
