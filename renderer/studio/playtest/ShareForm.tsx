import { useId, useState } from 'react'
import type { LogEvent } from '../../../engine/exercise/log'
import type { Certainty, Scenario } from '../../../engine/scenario/schema'
import { CERTAINTIES } from '../../../engine/scenario/schema'
import { SubmitWithReason } from '../../run/SubmitWithReason'

interface Props {
  readonly scenario: Scenario
  readonly clock: string
  readonly knowsNow: (role: string) => readonly string[]
  /** Why the engine would refuse the event as it stands; undefined when it would take it. */
  readonly refusal: (event: LogEvent) => string | undefined
  readonly onPlay: (event: LogEvent) => void
}

/**
 * A quick share for playtesting: who tells whom which fact, labelled how. It offers only the
 * facts the sharer knows now (what the engine allows), and the Share button asks the engine
 * whether it would take the share, with the engine's reason beside it when not (no fact, no
 * recipient), as the run console's composer does.
 */
export function ShareForm({ scenario, clock, knowsNow, refusal, onPlay }: Props) {
  const players = scenario.roles.filter((role) => role.player)
  const [from, setFrom] = useState(players[0]?.id ?? '')
  const facts = knowsNow(from)
  const [fact, setFact] = useState('')
  const [to, setTo] = useState<ReadonlySet<string>>(new Set())
  const [label, setLabel] = useState<Certainty | ''>('')
  const ids = { from: useId(), fact: useId(), label: useId() }
  const chosenFact = facts.includes(fact) ? fact : facts[0]
  // No label chosen: none written, and the engine reads the share as its log format says.
  const share: LogEvent = {
    type: 'share',
    t: clock,
    from,
    to: [...to],
    facts: chosenFact === undefined ? [] : [chosenFact],
    ...(label === '' ? {} : { label }),
  }
  const reason = refusal(share)
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        if (refusal(share) === undefined) onPlay(share)
      }}
    >
      <fieldset className="studio-share">
        <legend>Share</legend>
        <div className="row">
          <label htmlFor={ids.from}>From</label>
          <select
            id={ids.from}
            value={from}
            onChange={(event) => {
              setFrom(event.target.value)
            }}
          >
            {players.map((role) => (
              <option key={role.id} value={role.id}>
                {role.title}
              </option>
            ))}
          </select>
          <label htmlFor={ids.fact}>Fact</label>
          <select
            id={ids.fact}
            value={chosenFact ?? ''}
            onChange={(event) => {
              setFact(event.target.value)
            }}
          >
            {facts.length === 0 && <option value="">(knows nothing yet)</option>}
            {facts.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
          <label htmlFor={ids.label}>Presented as</label>
          <select
            id={ids.label}
            value={label}
            onChange={(event) => {
              setLabel(event.target.value as Certainty | '')
            }}
          >
            <option value="">no label (read as confirmed)</option>
            {CERTAINTIES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <Recipients scenario={scenario} from={from} to={to} onChange={setTo} />
        <SubmitWithReason can={reason === undefined} reason={reason}>
          Share
        </SubmitWithReason>
      </fieldset>
    </form>
  )
}

interface RecipientsProps {
  readonly scenario: Scenario
  readonly from: string
  readonly to: ReadonlySet<string>
  readonly onChange: (to: ReadonlySet<string>) => void
}

function Recipients({ scenario, from, to, onChange }: RecipientsProps) {
  return (
    <div className="row studio-recipients" role="group" aria-label="Recipients">
      {scenario.roles
        .filter((role) => role.id !== from)
        .map((role) => (
          <label key={role.id}>
            <input
              type="checkbox"
              checked={to.has(role.id)}
              onChange={() => {
                const next = new Set(to)
                if (!next.delete(role.id)) next.add(role.id)
                onChange(next)
              }}
            />{' '}
            {role.title}
          </label>
        ))}
    </div>
  )
}
