/**
 * Hooks over the running exercise (the app machine's `run` child). Components select only
 * what they show; the machine's context holds a fresh `view` after every change of the
 * session, so selecting it is enough to stay current.
 */
import { useSelector } from '@xstate/react'
import type { ActorRefFrom, SnapshotFrom } from 'xstate'
import { AppActor } from '../app/app-actor'
import type { runMachine } from './run-machine'
import { stamp, type Draft } from './run-machine'

export type RunRef = ActorRefFrom<typeof runMachine>
type RunSnapshot = SnapshotFrom<typeof runMachine>

export function useRunRef(): RunRef | undefined {
  return AppActor.useSelector((s) => s.children.run as RunRef | undefined)
}

export function useRun<T>(run: RunRef, select: (snapshot: RunSnapshot) => T): T {
  return useSelector(run, select)
}

/** Whether the run would take this draft now: the machine's own guard, which asks the engine. */
export function canSend(snapshot: RunSnapshot, draft: Draft): boolean {
  return snapshot.status === 'active' && snapshot.can({ type: 'dispatch', draft })
}

/**
 * Whether the engine would accept this event now, and if not, why (its own words), so a
 * disabled button can say what is missing.
 */
export function useCheck(
  run: RunRef,
  draft: Draft,
): { readonly can: boolean; readonly reason?: string } {
  const can = useSelector(run, (s) => canSend(s, draft))
  const reason = useSelector(run, (s) =>
    can || s.status !== 'active'
      ? undefined
      : s.context.view.ended
        ? 'Play has ended.'
        : s.context.session.check(stamp(s.context, draft)),
  )
  return reason === undefined ? { can } : { can, reason }
}

/** Sends a draft the run would take; false (and nothing sent) when it would not. */
export function sendDraft(run: RunRef, draft: Draft): boolean {
  if (!canSend(run.getSnapshot(), draft)) return false
  run.send({ type: 'dispatch', draft })
  return true
}

/** The session (for what it knows) and its view at this moment. */
export function useSessionView(run: RunRef) {
  const view = useSelector(run, (s) => s.context.view)
  const session = useSelector(run, (s) => s.context.session)
  return { session, view }
}
