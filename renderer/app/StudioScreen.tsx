import { lazy, Suspense } from 'react'
import { AppActor } from './app-actor'

// The studio brings an editor and a graph library: loaded only when a trainer opens it.
const Studio = lazy(() => import('../studio'))

/** The Scenario Studio inside the app: close returns to the library, run goes to setup. */
export function StudioScreen() {
  const host = AppActor.useSelector((s) => s.context.host)
  const actor = AppActor.useActorRef()
  const file = AppActor.useSelector((s) => s.context.studioFile)
  return (
    <Suspense fallback={<p role="status">Opening the studio…</p>}>
      <Studio
        host={host}
        {...(file === undefined ? {} : { initial: { ...file, saved: true } })}
        onClose={() => {
          actor.send({ type: 'back' })
        }}
        onRun={(text) => {
          actor.send({ type: 'play-text', name: 'studio.yaml', text })
        }}
      />
    </Suspense>
  )
}
