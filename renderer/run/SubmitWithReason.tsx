import { useId, type ReactNode } from 'react'

/**
 * A form's submit button that is enabled only when the engine would take the event, and
 * otherwise says why beside it (the engine's words, e.g. "A share needs at least one
 * recipient"), so a disabled button never leaves the facilitator guessing.
 */
export function SubmitWithReason({
  can,
  reason,
  className,
  children,
}: {
  can: boolean
  reason: string | undefined
  className?: string
  children: ReactNode
}) {
  const id = useId()
  const why = can ? undefined : reason
  return (
    <div className="submit-with-reason">
      <button
        type="submit"
        className={className}
        disabled={!can}
        aria-describedby={why === undefined ? undefined : id}
      >
        {children}
      </button>
      {why !== undefined && (
        <p id={id} className="refusal">
          {why}
        </p>
      )}
    </div>
  )
}
