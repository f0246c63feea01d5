import { useId, useState } from 'react'
import type { Scenario } from '../../../engine/scenario/schema'
import type { KnownFact, PlaytestStart } from '../../../engine/studio/playtest-start'

interface Props {
  readonly scenario: Scenario
  readonly onStart: (start: PlaytestStart) => void
}

/** Where to start and what the roles already know: a fact-by-role grid of checkboxes. */
export function PlaytestSetup({ scenario, onStart }: Props) {
  const [inject, setInject] = useState(scenario.injects[0]?.id ?? '')
  const [known, setKnown] = useState<ReadonlySet<string>>(new Set())
  const selectId = useId()
  const startAt = scenario.injects.some((candidate) => candidate.id === inject)
    ? inject
    : (scenario.injects[0]?.id ?? '')
  const toggle = (key: string) => {
    setKnown((current) => {
      const next = new Set(current)
      if (!next.delete(key)) next.add(key)
      return next
    })
  }
  const start = () => {
    const knowledge = [...known].map((key): KnownFact => {
      const [role = '', fact = ''] = key.split(' ')
      return { role, fact }
    })
    onStart({ inject: startAt, knowledge })
  }
  return (
    <form
      className="studio-playtest-setup stack"
      onSubmit={(event) => {
        event.preventDefault()
        start()
      }}
    >
      <label htmlFor={selectId}>Start at inject</label>
      <select
        id={selectId}
        value={startAt}
        onChange={(event) => {
          setInject(event.target.value)
        }}
      >
        {scenario.injects.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.at} — {candidate.title}
          </option>
        ))}
      </select>
      <KnowledgeGrid scenario={scenario} known={known} onToggle={toggle} />
      <button type="submit" className="primary">
        ▶ Start playtest
      </button>
    </form>
  )
}

interface GridProps {
  readonly scenario: Scenario
  readonly known: ReadonlySet<string>
  readonly onToggle: (key: string) => void
}

function KnowledgeGrid({ scenario, known, onToggle }: GridProps) {
  if (scenario.facts.length === 0) return null
  return (
    <fieldset>
      <legend>Known at the start (besides what the inject reveals)</legend>
      <div className="studio-knowledge">
        <table>
          <thead>
            <tr>
              <th scope="col">Fact</th>
              {scenario.roles.map((role) => (
                <th scope="col" key={role.id} title={role.title}>
                  {role.id}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scenario.facts.map((fact) => (
              <tr key={fact.id}>
                <th scope="row" title={fact.text}>
                  {fact.id}
                </th>
                {scenario.roles.map((role) => {
                  const key = `${role.id} ${fact.id}`
                  return (
                    <td key={role.id}>
                      <input
                        type="checkbox"
                        aria-label={`${role.title} knows ${fact.id}`}
                        checked={known.has(key)}
                        onChange={() => {
                          onToggle(key)
                        }}
                      />
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  )
}
