import { AppActor } from './app-actor'

/** An error from the last screen transition (a file that did not open, a save that did not read). */
export function MessageBar() {
  const message = AppActor.useSelector((s) => s.context.message)
  const actor = AppActor.useActorRef()
  if (message === undefined) return null
  return (
    <div className="error message-bar row" role="alert">
      <span>{message}</span>
      <button
        type="button"
        onClick={() => {
          actor.send({ type: 'dismiss' })
        }}
      >
        Dismiss
      </button>
    </div>
  )
}
