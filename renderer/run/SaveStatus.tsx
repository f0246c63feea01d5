import { useRun, type RunRef } from './use-run'

/**
 * Whether the session is safely saved. Quiet while saves succeed; a failed save is said
 * plainly, with why and a retry, and stays until a save succeeds (the next change retries
 * too), so the facilitator never plays on believing the work is kept when it is not.
 */
export function SaveStatus({ run }: { run: RunRef }) {
  const notSaved = useRun(run, (s) => s.hasTag('not-saved'))
  const saving = useRun(run, (s) => s.hasTag('saving'))
  const error = useRun(run, (s) => s.context.saveError)
  if (!notSaved) {
    return (
      <span className="save-status" role="status">
        {saving ? 'Saving…' : 'Saved'}
      </span>
    )
  }
  return (
    <div className="save-status not-saved row" role="alert">
      <span>
        <strong>Not saved.</strong> {error}
      </span>
      <button
        type="button"
        onClick={() => {
          run.send({ type: 'retry-save' })
        }}
      >
        Retry saving
      </button>
    </div>
  )
}
