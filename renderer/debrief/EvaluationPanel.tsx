/**
 * The evaluator's part of the debrief (docs/hseep.md): each objective's suggested rating with
 * the flags and observations behind it, the final P/S/M/U with a rationale; and the hot wash,
 * typed fast (Enter adds; Alt+↑/↓ moves the focused item; Delete removes it).
 */
import { useState } from 'react'
import type { Debrief } from '../../engine/debrief/schema'
import { ratingText } from '../../engine/debrief/sections'
import type { Log } from '../../engine/exercise/log'
import type { Evaluation, HotwashItem } from '../../engine/hseep/evaluation'
import { RATINGS, type Rating } from '../../engine/debrief/schema'

type Update = (change: (e: Evaluation) => Evaluation) => void

export function EvaluationPanel({
  debrief,
  log,
  evaluation,
  update,
}: {
  debrief: Debrief
  log: Log
  evaluation: Evaluation
  update: Update
}) {
  return (
    <section className="evaluation stack" aria-label="Evaluation">
      <FinalRatings debrief={debrief} log={log} evaluation={evaluation} update={update} />
      <Hotwash debrief={debrief} evaluation={evaluation} update={update} />
    </section>
  )
}

function FinalRatings({
  debrief,
  log,
  evaluation,
  update,
}: {
  debrief: Debrief
  log: Log
  evaluation: Evaluation
  update: Update
}) {
  const setFinal = (objective: string, rating: Rating | '', rationale: string) => {
    update((e) => ({
      ...e,
      ratings: [
        ...e.ratings.filter((r) => r.objective !== objective),
        ...(rating === '' ? [] : [{ objective, rating, rationale }]),
      ],
    }))
  }
  return (
    <div className="stack">
      <h3>Final ratings</h3>
      {debrief.objectives.map((o) => {
        const final = evaluation.ratings.find((r) => r.objective === o.id)
        const seen = log.events.filter((e) => e.type === 'observe' && e.objective === o.id)
        return (
          <fieldset key={o.id} className="final-rating">
            <legend>{o.text}</legend>
            <p className="muted">
              Suggested: {ratingText(o.suggested)}
              {o.flags.length > 0 && ` · flags ${o.flags.map((f) => f + 1).join(', ')}`}
              {` · ${seen.length} observation${seen.length === 1 ? '' : 's'}`}
            </p>
            {seen.length > 0 && (
              <ul className="muted">
                {seen.map((e, at) => (
                  <li key={at}>{e.type === 'observe' ? `${e.t} — ${e.text}` : ''}</li>
                ))}
              </ul>
            )}
            <label>
              Rating
              <select
                value={final?.rating ?? ''}
                onChange={(e) => {
                  setFinal(
                    o.id,
                    RATINGS.find((r) => r === e.target.value) ?? '',
                    final?.rationale ?? '',
                  )
                }}
              >
                <option value="">As suggested ({o.suggested ?? 'not rated'})</option>
                {RATINGS.map((r) => (
                  <option key={r} value={r}>
                    {ratingText(r)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Rationale
              <input
                className="wide"
                size={60}
                value={final?.rationale ?? ''}
                disabled={final === undefined}
                onChange={(e) => {
                  if (final !== undefined) setFinal(o.id, final.rating, e.target.value)
                }}
              />
            </label>
          </fieldset>
        )
      })}
    </div>
  )
}

function Hotwash({
  debrief,
  evaluation,
  update,
}: {
  debrief: Debrief
  evaluation: Evaluation
  update: Update
}) {
  const [text, setText] = useState('')
  const [kind, setKind] = useState<HotwashItem['kind']>('strength')
  const [objective, setObjective] = useState('')
  const items = evaluation.hotwash
  const setItems = (next: HotwashItem[]) => {
    update((e) => ({ ...e, hotwash: next }))
  }
  const move = (at: number, by: -1 | 1) => {
    const to = at + by
    if (to < 0 || to >= items.length) return
    const next = [...items]
    const [item] = next.splice(at, 1)
    if (item !== undefined) next.splice(to, 0, item)
    setItems(next)
  }
  return (
    <div className="stack">
      <h3>Hot wash</h3>
      <form
        className="composer"
        aria-label="Hot wash"
        onSubmit={(e) => {
          e.preventDefault()
          if (text.trim() === '') return
          const item: HotwashItem = {
            id: `${Date.now().toString(36)}-${items.length}`,
            kind,
            text: text.trim(),
            ...(objective === '' ? {} : { objective }),
          }
          setItems([...items, item])
          setText('')
        }}
      >
        <label>
          Said in the room <span className="muted">(Enter adds)</span>
          <input
            value={text}
            onChange={(e) => {
              setText(e.target.value)
            }}
          />
        </label>
        <label>
          Kind
          <select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value === 'improvement' ? 'improvement' : 'strength')
            }}
          >
            <option value="strength">Strength</option>
            <option value="improvement">Area for improvement</option>
          </select>
        </label>
        <label>
          Objective
          <select
            value={objective}
            onChange={(e) => {
              setObjective(e.target.value)
            }}
          >
            <option value="">None</option>
            {debrief.objectives.map((o, at) => (
              <option key={o.id} value={o.id}>
                {at + 1}. {o.text}
              </option>
            ))}
          </select>
        </label>
      </form>
      <ol className="hotwash-list" aria-label="Hot wash items">
        {items.map((item, at) => (
          <li
            key={item.id}
            tabIndex={0}
            onKeyDown={(e) => {
              if (e.altKey && e.key === 'ArrowUp') move(at, -1)
              else if (e.altKey && e.key === 'ArrowDown') move(at, 1)
              else if (e.key === 'Delete') setItems(items.filter((i) => i.id !== item.id))
              else return
              e.preventDefault()
            }}
          >
            <span>
              {item.kind === 'strength' ? 'Strength' : 'Improve'}: {item.text}
            </span>
            <button
              type="button"
              aria-label={`Move up: ${item.text}`}
              disabled={at === 0}
              onClick={() => {
                move(at, -1)
              }}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={`Move down: ${item.text}`}
              disabled={at === items.length - 1}
              onClick={() => {
                move(at, 1)
              }}
            >
              ↓
            </button>
            <button
              type="button"
              aria-label={`Remove: ${item.text}`}
              onClick={() => {
                setItems(items.filter((i) => i.id !== item.id))
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
    </div>
  )
}
