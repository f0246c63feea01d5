/**
 * Builds the SessionPort for a scenario and a saved log (resuming replays the log: the
 * log is the truth). Every answer comes from the engine's exercise machine: `can` is the
 * machine's own guard, a refusal is the engine's `checkEvent` message.
 *
 * TODO(issue 6): switch to engine/exercise/session.ts (`createSession`) once it lands; this
 * adapter only drives the engine's machine the same way until then.
 */
import { createActor, type Actor } from 'xstate'
import { indexScenario } from '../../engine/scenario/scenario-index'
import type { Scenario } from '../../engine/scenario/schema'
import { decisionKey } from '../../engine/exercise/context'
import type { LogEvent } from '../../engine/exercise/log'
import { createExerciseMachine, decidesTag } from '../../engine/exercise/machine'
import { checkEvent } from '../../engine/exercise/rules'
import type { SavedSession } from '../host/host-api'
import type { OpenDecision, SessionPort, SessionView } from './session-port'

type ExerciseActor = Actor<ReturnType<typeof createExerciseMachine>>

export function openSession(scenario: Scenario, saved: SavedSession): SessionPort {
  const index = indexScenario(scenario)
  const machine = createExerciseMachine(index)
  let events: LogEvent[] = []

  const replayAll = (log: readonly LogEvent[]): ExerciseActor => {
    const actor = createActor(machine).start()
    for (const event of log) {
      const error = checkEvent(index, actor.getSnapshot().context, event)
      if (error !== undefined) throw new Error(`The saved log does not replay: ${error.message}`)
      actor.send(event)
    }
    return actor
  }
  let actor = replayAll(saved.log.events)
  events = [...saved.log.events]

  const injectOf = (id: string) => {
    const inject = index.injects.get(id)
    if (!inject) throw new Error(`Unknown inject "${id}"`)
    return inject
  }

  return {
    scenario,
    view(): SessionView {
      const snapshot = actor.getSnapshot()
      const { context } = snapshot
      return {
        clock: context.clock,
        inject: injectOf(context.inject),
        threat: context.threat,
        ended: snapshot.status === 'done',
        log: { ...saved.log, events: [...events] },
      }
    },
    dispatch(event) {
      const error = checkEvent(index, actor.getSnapshot().context, event)
      if (error !== undefined) return { ok: false, error: error.message }
      actor.send(event)
      events.push(event)
      return { ok: true }
    },
    can: (event) => actor.getSnapshot().can(event),
    undo() {
      if (events.length === 0) return { ok: false, error: 'Nothing to undo.' }
      actor.stop()
      events = events.slice(0, -1)
      actor = replayAll(events)
      return { ok: true }
    },
    openDecisions(): OpenDecision[] {
      const snapshot = actor.getSnapshot()
      const inject = injectOf(snapshot.context.inject)
      return (inject.decisions ?? [])
        .map((decision, position) => ({ role: decision.role, decision, position }))
        .filter(
          ({ role, position }) =>
            snapshot.hasTag(decidesTag(role)) &&
            !snapshot.context.decisions.has(decisionKey(inject.id, position)),
        )
        .map(({ role, decision }) => ({ role, decision }))
    },
    knowsNow: (role) => [...(actor.getSnapshot().context.knowledge.get(role)?.keys() ?? [])],
  }
}
