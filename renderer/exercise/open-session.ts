/**
 * Builds the SessionPort over the engine's session (engine/exercise/session.ts) for a
 * scenario and a saved log: resuming replays the log, because the log is the truth. Every
 * answer is the engine's: `can` is its rules, a refusal is its message.
 */
import { indexScenario } from '../../engine/scenario/scenario-index'
import type { Scenario } from '../../engine/scenario/schema'
import { createSession } from '../../engine/exercise/session'
import type { SavedSession } from '../host/host-api'
import type { SessionPort, SessionView } from './session-port'

export function openSession(scenario: Scenario, saved: SavedSession): SessionPort {
  const index = indexScenario(scenario)
  // Throws InvalidLogError (with the engine's message) when a saved log no longer replays.
  const session = createSession(scenario, { log: saved.log, policy: saved.setup.policy })

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
      }
    },
    dispatch(event) {
      const result = session.dispatch(event)
      return result.ok ? { ok: true } : { ok: false, error: result.error.message }
    },
    can: (event) => session.can(event),
    check: (event) => session.check(event)?.message,
    undo() {
      if (session.state.events === 0) return { ok: false, error: 'Nothing to undo yet.' }
      session.undo()
      return { ok: true }
    },
    canUndo: () => session.state.events > 0,
    openDecisions: () => session.openDecisions(),
    knowsNow: (role) => [...session.knowsNow(role).keys()],
  }
}
