import { useId } from 'react'
import type { Id } from '../../engine/scenario/schema'
import { sendDraft, useCheck, useRun, useSessionView, type RunRef } from './use-run'
import type { Draft } from './run-machine'

/**
 * Each role's open decisions with their options; a click takes the decision. The roles
 * played at the table (chosen at setup) come first; the others are marked as the
 * facilitator's to play.
 */
export function DecisionsPanel({ run }: { run: RunRef }) {
  const { session, view } = useSessionView(run)
  const atTable = useRun(run, (s) => s.context.saved.setup.roles)
  const byTableFirst = (role: Id): number => (atTable.includes(role) ? 0 : 1)
  const open = [...view.openDecisions].sort((a, b) => byTableFirst(a.role) - byTableFirst(b.role))
  const roles = session.scenario.roles
  if (open.length === 0) return null
  return (
    <section className="decisions panel" aria-labelledby="decisions-title">
      <h2 id="decisions-title">Decisions</h2>
      {open.map(({ role, prompt, inject, options }) => (
        <fieldset key={`${role}:${prompt}`} className="decision">
          <legend>
            {roles.find((r) => r.id === role)?.title ?? role}
            {!atTable.includes(role) && <span className="muted"> (played by the facilitator)</span>}
            : {prompt}
          </legend>
          <div className="options">
            {options.map((option) => (
              <DecisionOption
                key={option.id}
                run={run}
                role={role}
                inject={inject}
                option={option}
              />
            ))}
          </div>
        </fieldset>
      ))}
    </section>
  )
}

function DecisionOption({
  run,
  role,
  inject,
  option,
}: {
  run: RunRef
  role: Id
  inject: Id
  option: { readonly id: Id; readonly label: string }
}) {
  const draft: Draft = { type: 'decide', role, inject, option: option.id }
  // An option greyed out says why: the engine's own words (e.g. the role does not know a
  // fact the option shares yet).
  const { can, reason } = useCheck(run, draft)
  const whyId = useId()
  return (
    <div className="option-wrap">
      <button
        type="button"
        className="option"
        disabled={!can}
        aria-describedby={can ? undefined : whyId}
        onClick={() => {
          sendDraft(run, draft)
        }}
      >
        {option.label}
      </button>
      {!can && reason !== undefined && (
        <p id={whyId} className="option-why muted">
          Not available: {reason}
        </p>
      )}
    </div>
  )
}
