import { useEffect, useRef } from 'react'

export const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['N or →', 'Next inject'],
  ['S', 'Go to the Share composer'],
  ['Ctrl+Z', 'Undo the last event'],
  ['Space', 'Start or pause the real-time clock'],
  ['+', 'Add 5 minutes to a manual clock'],
  ['P', 'Switch between console and projector view'],
  ['F', 'Full screen (projector toggle)'],
  ['?', 'This help'],
  ['Esc', 'Close this help'],
]

/** The keyboard shortcuts, as a modal dialog that takes focus and gives it back. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    element?.showModal()
    return () => {
      element?.close()
    }
  }, [])
  return (
    <dialog ref={dialog} className="help" aria-labelledby="help-title" onClose={onClose}>
      <h2 id="help-title">Keyboard</h2>
      <dl className="shortcuts">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="shortcut">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="primary">
          Close
        </button>
      </form>
    </dialog>
  )
}
