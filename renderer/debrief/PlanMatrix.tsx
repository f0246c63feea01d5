/**
 * Appendix A, the improvement plan matrix, edited in the app (docs/hseep.md): prefilled from
 * the flags and the hot wash until the first edit, then the evaluation's own. Every cell is a
 * labelled control; dates are committed when the field is left, so a year typed digit by
 * digit is never judged half-typed, and a completion before its start is refused with why.
 */
import { useEffect, useRef, useState } from 'react'
import type { Evaluation, PlanRow } from '../../engine/hseep/evaluation'
import { ROOT_CAUSES } from '../../engine/hseep/evaluation'
import {
  CAPABILITY_CHOICES,
  blankPlanRow,
  editPlanRow,
  hotwashRowsMissing,
  removePlanRow,
  type PlanPatch,
} from '../../engine/hseep/plan-edit'

type Update = (change: (e: Evaluation) => Evaluation) => void

const ROOT_CAUSE_NAMES = { knowledge: 'Knowledge', plan: 'Plan', communication: 'Communication' }

export function PlanMatrix({
  evaluation,
  update,
  prefill,
}: {
  evaluation: Evaluation
  update: Update
  /** The prefilled plan of an evaluation (its flags and hot wash), see engine/hseep/plan.ts. */
  prefill: (evaluation: Evaluation) => PlanRow[]
}) {
  const [problem, setProblem] = useState('')
  // The element to focus once the change has rendered: a new row's issue, or a neighbour.
  const focus = useRef<string | null>(null)
  const plan = evaluation.plan ?? prefill(evaluation)
  const missing = evaluation.plan === undefined ? [] : hotwashRowsMissing(plan, prefill(evaluation))

  useEffect(() => {
    if (focus.current === null) return
    document.getElementById(focus.current)?.focus()
    focus.current = null
  })

  /** Applies a change to the plan the evaluation holds (the prefill on the first edit). */
  const change = (next: (plan: PlanRow[]) => PlanRow[]) => {
    update((e) => ({ ...e, plan: next(e.plan ?? prefill(e)) }))
  }
  const edit = (id: string, patch: PlanPatch): boolean => {
    const checked = editPlanRow(plan, id, patch)
    if (!checked.ok) {
      setProblem(checked.problem)
      return false
    }
    setProblem('')
    change((current) => {
      const result = editPlanRow(current, id, patch)
      return result.ok ? result.plan : current
    })
    return true
  }
  const add = () => {
    const row = blankPlanRow(`row-${Date.now().toString(36)}`, evaluation.details.date)
    change((current) => [...current, row])
    focus.current = `plan-issue-${row.id}`
  }
  const remove = (at: number, id: string) => {
    change((current) => removePlanRow(current, id))
    const next = plan[at + 1] ?? plan[at - 1]
    focus.current = next === undefined ? 'plan-add' : `plan-remove-${next.id}`
  }

  return (
    <div className="stack plan-matrix">
      <p className="muted">
        {evaluation.plan === undefined
          ? 'Prefilled from the flags and the hot wash. Your first edit keeps the plan as you make it.'
          : 'Edited: the AAR/IP prints this plan as it is.'}
      </p>
      {missing.length > 0 && (
        <p className="notice row">
          {missing.length === 1
            ? 'One area for improvement from the hot wash is not in the plan.'
            : `${missing.length} areas for improvement from the hot wash are not in the plan.`}
          <button
            type="button"
            onClick={() => {
              change((current) => [...current, ...hotwashRowsMissing(current, prefill(evaluation))])
            }}
          >
            Add {missing.length === 1 ? 'it' : 'them'}
          </button>
        </p>
      )}
      {problem !== '' && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <div className="table-scroll">
        <table className="plan-edit">
          <caption className="visually-hidden">Improvement plan</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Issue / area for improvement</th>
              <th scope="col">Corrective action</th>
              <th scope="col">Capability and root cause</th>
              <th scope="col">Responsible</th>
              <th scope="col">Dates</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.map((row, at) => (
              <PlanRowEditor
                key={row.id}
                row={row}
                number={at + 1}
                edit={(patch) => edit(row.id, patch)}
                remove={() => {
                  remove(at, row.id)
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      {plan.length === 0 && <p className="muted">The plan has no rows.</p>}
      <button type="button" id="plan-add" onClick={add}>
        Add a corrective action
      </button>
    </div>
  )
}

function PlanRowEditor({
  row,
  number,
  edit,
  remove,
}: {
  row: PlanRow
  number: number
  edit: (patch: PlanPatch) => boolean
  remove: () => void
}) {
  const name = `row ${number}`
  // A value typed in a file outside the list stays choosable rather than silently replaced.
  const capabilities =
    row.capability === '' || CAPABILITY_CHOICES.includes(row.capability)
      ? CAPABILITY_CHOICES
      : [row.capability, ...CAPABILITY_CHOICES]
  return (
    <tr>
      <th scope="row">{number}</th>
      <td>
        <textarea
          id={`plan-issue-${row.id}`}
          aria-label={`Issue, ${name}`}
          rows={4}
          value={row.issue}
          onChange={(e) => edit({ issue: e.target.value })}
        />
      </td>
      <td>
        <textarea
          aria-label={`Corrective action, ${name}`}
          rows={4}
          value={row.action}
          onChange={(e) => edit({ action: e.target.value })}
        />
      </td>
      <td className="plan-cell">
        <label>
          Core capability<span className="visually-hidden">, {name}</span>
          <select value={row.capability} onChange={(e) => edit({ capability: e.target.value })}>
            <option value="">Not chosen</option>
            {capabilities.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          Root cause<span className="visually-hidden">, {name}</span>
          <select
            value={row.rootCause ?? ''}
            onChange={(e) =>
              edit({ rootCause: ROOT_CAUSES.find((r) => r === e.target.value) ?? null })
            }
          >
            <option value="">Not analysed</option>
            {ROOT_CAUSES.map((r) => (
              <option key={r} value={r}>
                {ROOT_CAUSE_NAMES[r]}
              </option>
            ))}
          </select>
        </label>
      </td>
      <td className="plan-cell">
        <label>
          Primary responsible organization<span className="visually-hidden">, {name}</span>
          <input
            type="text"
            value={row.organization}
            onChange={(e) => edit({ organization: e.target.value })}
          />
        </label>
        <label>
          Point of contact<span className="visually-hidden">, {name}</span>
          <input
            type="text"
            value={row.contact}
            onChange={(e) => edit({ contact: e.target.value })}
          />
        </label>
      </td>
      <td className="plan-cell">
        {/* Keyed by the stored value: a refused date returns to it. */}
        <DateField
          key={`start-${row.start}`}
          label="Start date"
          name={name}
          value={row.start}
          commit={(start) => edit({ start })}
        />
        <DateField
          key={`completion-${row.completion}`}
          label="Completion date"
          name={name}
          value={row.completion}
          commit={(completion) => edit({ completion })}
        />
      </td>
      <td>
        <button
          type="button"
          id={`plan-remove-${row.id}`}
          aria-label={`Remove ${name}${row.issue === '' ? '' : `: ${row.issue}`}`}
          onClick={remove}
        >
          Remove
        </button>
      </td>
    </tr>
  )
}

/** A date committed when the field is left or Enter is pressed; refused, it shows the stored one. */
function DateField({
  label,
  name,
  value,
  commit,
}: {
  label: string
  name: string
  value: string
  commit: (value: string) => boolean
}) {
  const [draft, setDraft] = useState(value)
  const done = () => {
    if (draft !== value && !commit(draft)) setDraft(value)
  }
  return (
    <label>
      {label}
      <span className="visually-hidden">, {name}</span>
      <input
        type="date"
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value)
        }}
        onBlur={done}
        onKeyDown={(e) => {
          if (e.key === 'Enter') done()
        }}
      />
    </label>
  )
}
