/**
 * The evaluators' quick entry (docs/hseep.md): type what was seen, Enter adds it to the log
 * as an `observe` event at the room's clock. Keyboard first: O focuses the box from anywhere
 * in the console, Alt+1…9 ties the observation to an objective (Alt+0 to none), and the
 * evaluator's name is kept for the next one. An observation scores nothing.
 */
import { useEffect, useRef, useState } from 'react'
import type { Draft } from './run-machine'
import { sendDraft, useCheck, useSessionView, type RunRef } from './use-run'

export function ObservationPanel({ run }: { run: RunRef }) {
  const { session } = useSessionView(run)
  const objectives = session.scenario.objectives
  const [text, setText] = useState('')
  const [objective, setObjective] = useState('')
  const [by, setBy] = useState('')
  const [added, setAdded] = useState(0)
  const input = useFocusKey('o')
  const draft: Draft = {
    type: 'observe',
    text: text.trim(),
    ...(objective === '' ? {} : { objective }),
    ...(by.trim() === '' ? {} : { by: by.trim() }),
  }
  const can = useCheck(run, draft).can && text.trim() !== ''
  return (
    <section className="panel observations" aria-labelledby="observe-title">
      <h2 id="observe-title" className="inline-heading">
        Observe <kbd>O</kbd>
      </h2>
      <form
        className="composer"
        aria-label="Observation"
        onSubmit={(e) => {
          e.preventDefault()
          if (can && sendDraft(run, draft)) {
            setText('')
            setAdded((n) => n + 1)
          }
        }}
      >
        <label>
          What was seen <span className="muted">(Enter adds)</span>
          <input
            ref={input}
            value={text}
            onChange={(e) => {
              setText(e.target.value)
            }}
            onKeyDown={(e) => {
              const digit = e.altKey ? /^Digit(\d)$/.exec(e.code)?.[1] : undefined
              if (digit === undefined) return
              e.preventDefault()
              setObjective(digit === '0' ? '' : (objectives[Number(digit) - 1]?.id ?? objective))
            }}
          />
        </label>
        <label>
          Objective <span className="muted">(Alt+1…{Math.min(9, objectives.length)})</span>
          <select
            value={objective}
            onChange={(e) => {
              setObjective(e.target.value)
            }}
          >
            <option value="">None</option>
            {objectives.map((o, at) => (
              <option key={o.id} value={o.id}>
                {at + 1}. {o.text}
              </option>
            ))}
          </select>
        </label>
        <label>
          Evaluator
          <input
            value={by}
            autoComplete="name"
            onChange={(e) => {
              setBy(e.target.value)
            }}
          />
        </label>
        <button type="submit" disabled={!can}>
          Add observation
        </button>
        <p className="muted" aria-live="polite">
          {added === 0 ? 'Observations score nothing.' : `${added} added this session.`}
        </p>
      </form>
    </section>
  )
}

/** A key (outside text fields, without modifiers) that focuses the returned input. */
function useFocusKey(key: string) {
  const ref = useRef<HTMLInputElement>(null)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target
      const typing =
        target instanceof HTMLElement &&
        (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
      if (typing || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (event.key.toLowerCase() !== key) return
      event.preventDefault()
      ref.current?.focus()
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
    }
  }, [key])
  return ref
}
