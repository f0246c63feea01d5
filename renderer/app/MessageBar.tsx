import { AppActor } from './app-actor'

/**
 * What the last screen transition has to say: an error (a file that did not open, a save
 * that did not read) as an alert, or a notice (a scenario opened without an image) as a status.
 */
export function MessageBar() {
  const message = AppActor.useSelector((s) => s.context.message)
  const actor = AppActor.useActorRef()
  if (message === undefined) return null
  return (
    <div
      className={`${message.tone === 'error' ? 'error' : 'notice'} message-bar row`}
      role={message.tone === 'error' ? 'alert' : 'status'}
    >
      <span>{message.text}</span>
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
