import { useEffect, useMemo } from 'react'
import type { HostApi } from '../../contract/host-api'
import { projectorState, type ProjectorState } from '../projector/projector-state'
import { useRun, useSessionView, type RunRef } from './use-run'

/** The room's view of the running session, as the console's projector view shows it. */
export function useProjectorState(run: RunRef): ProjectorState {
  const { view, session } = useSessionView(run)
  const clock = useRun(run, (s) => s.context.clock)
  const shown = useRun(run, (s) => s.context.shown)
  const sessionId = useRun(run, (s) => s.context.saved.id)
  return useMemo(
    () =>
      projectorState({
        sessionId,
        scenario: session.scenario,
        view,
        openDecisions: session.openDecisions(),
        shown,
        clock,
      }),
    // `view` is a new object whenever the session changes, so the state is built again then.
    [session, view, shown, clock, sessionId],
  )
}

/**
 * Sends the state to the projector window (`#/projector`, the desktop's second display)
 * whenever it changes, and clears it when the console closes.
 */
export function usePublishProjector(host: HostApi, state: ProjectorState): void {
  useEffect(() => {
    void host.showOnProjector?.(state).catch(() => undefined)
  }, [host, state])
  useEffect(
    () => () => {
      void host.showOnProjector?.(null).catch(() => undefined)
    },
    [host],
  )
}
