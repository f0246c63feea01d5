import type { Id, Option } from '../../engine/scenario/schema'
import type { Draft } from './run-machine'
import { useCan, useSessionView, type RunRef } from './use-run'

/** Each role's open decisions with their options; a click takes the decision. */
export function DecisionsPanel({ run }: { run: RunRef }) {
  const { session, view } = useSessionView(run)
  const open = session.openDecisions()
  const roles = session.scenario.roles
  if (open.length === 0) return null
  return (
    <section className="decisions panel" aria-labelledby="decisions-title">
      <h2 id="decisions-title">Decisions</h2>
      {open.map(({ role, decision }) => (
        <fieldset key={`${role}:${decision.prompt}`} className="decision">
          <legend>
            {roles.find((r) => r.id === role)?.title ?? role}: {decision.prompt}
          </legend>
          <div className="options">
            {decision.options.map((option) => (
              <DecisionOption
                key={option.id}
                run={run}
                role={role}
                inject={view.inject.id}
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
  option: Option
}) {
  const draft: Draft = { type: 'decide', role, inject, option: option.id }
  const can = useCan(run, draft)
  return (
    <button
      type="button"
      className="option"
      disabled={!can}
      onClick={() => {
        run.send({ type: 'dispatch', draft })
      }}
    >
      {option.label}
    </button>
  )
}
