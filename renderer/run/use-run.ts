/**
 * Hooks over the running exercise (the app machine's `run` child). Components select only
 * what they show; `revision` changes whenever the session does, so session reads stay fresh.
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

/** Whether the engine would accept this event now (stamped with the room's clock). */
export function useCan(run: RunRef, draft: Draft | undefined): boolean {
  return useSelector(
    run,
    (s) =>
      draft !== undefined &&
      s.status === 'active' &&
      s.context.session.can(stamp(s.context, draft)),
  )
}

/** The session, re-read whenever it changed. */
export function useSessionView(run: RunRef) {
  const revision = useSelector(run, (s) => s.context.revision)
  const session = useSelector(run, (s) => s.context.session)
  return { revision, session, view: session.view() }
}
