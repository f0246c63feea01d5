/**
 * Builds the SessionPort over the engine's session (engine/exercise/session.ts) for a
 * scenario and a saved log: resuming replays the log, because the log is the truth. Every
 * answer is the engine's: `can` is its rules, a refusal is its message.
 */
import { indexScenario } from '../../engine/scenario/scenario-index'
import type { Id, Scenario } from '../../engine/scenario/schema'
import { createSession, InvalidLogError, type Session } from '../../engine/exercise/session'
import type { Log, LogEvent } from '../../engine/exercise/log'
import type { SavedSession } from '../../contract/host-api'
import type { SessionPort, SessionView } from './session-port'

/** A session and the inject that was current before each of its events. */
interface Played {
  readonly session: Session
  readonly injects: Id[]
}

/** Replays `log` event by event; throws InvalidLogError (the engine's message) on a bad one. */
function play(scenario: Scenario, log: Log): Played {
  const session = createSession(scenario, { policy: log.policy })
  const injects: Id[] = []
  for (const event of log.events) {
    const inject = session.state.inject
    const result = session.dispatch(event)
    if (!result.ok) throw new InvalidLogError(result.error)
    injects.push(inject)
  }
  return { session, injects }
}

export function openSession(scenario: Scenario, saved: SavedSession): SessionPort {
  const index = indexScenario(scenario)
  if (saved.log.scenario !== scenario.id) {
    throw new InvalidLogError({
      index: -1,
      field: 'scenario',
      message: `the log is for scenario "${saved.log.scenario}", not "${scenario.id}"`,
    })
  }
  let { session, injects } = play(scenario, { ...saved.log, policy: saved.setup.policy })

  return {
    scenario,
    view(): SessionView {
      const { state } = session
      const inject = index.injects.get(state.inject)
      if (!inject) throw new Error(`The session is at an unknown inject "${state.inject}"`)
      return {
        clock: state.clock,
        inject,
        threat: state.threat,
        ended: state.ended,
        // A copy: the session's log is live and the UI keeps views around.
        log: { ...session.log, events: [...session.log.events] },
        injects: [...injects],
      }
    },
    dispatch(event) {
      const inject = session.state.inject
      const result = session.dispatch(event)
      if (!result.ok) return { ok: false, error: result.error.message }
      injects.push(inject)
      return { ok: true }
    },
    can: (event) => session.can(event),
    check: (event) => session.check(event)?.message,
    undo() {
      if (session.state.events === 0) return { ok: false, error: 'Nothing to undo yet.' }
      session.undo()
      injects.pop()
      return { ok: true }
    },
    undoTo(count) {
      const { events } = session.log
      const removed = events.slice(Math.max(0, count))
      // One replay of what is kept, rather than one per event taken back. These events were
      // all accepted before, so replaying them cannot fail.
      if (removed.length > 0) {
        ;({ session, injects } = play(scenario, { ...session.log, events: events.slice(0, count) }))
      }
      return removed
    },
    canUndo: () => session.state.events > 0,
    advanceEnds() {
      const advance: LogEvent = { type: 'advance' }
      if (!session.can(advance)) return false
      const after = createSession(scenario, {
        log: { ...session.log, events: [...session.log.events, advance] },
      })
      return after.state.ended
    },
    openDecisions: () => session.openDecisions(),
    knowsNow: (role) => [...session.knowsNow(role).keys()],
  }
}
