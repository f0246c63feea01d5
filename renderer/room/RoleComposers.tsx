/**
 * What a participant can do from its device: share, make a statement, decline, act. The
 * host checks every command with the engine; a refusal comes back as a notice on this page.
 */
import { useState } from 'react'
import { MAX_TEXT, type RoleCommand } from '../../engine/room/protocol'
import type { RoleView } from '../../engine/room/view'
import { ChoiceField, TextField } from '../run/fields'
import { CERTAINTIES, type Certainty, type Id, type Urgency } from '../../engine/scenario/schema'

interface ComposerProps {
  readonly view: RoleView
  readonly send: (command: RoleCommand) => void
}

const REASON_NAMES = { privacy: 'privacy', 'not-my-role': 'not my role', unsure: 'unsure' }

export function ShareComposer({ view, send }: ComposerProps) {
  const [facts, setFacts] = useState<Id[]>([])
  const [to, setTo] = useState<Id[]>([])
  const [label, setLabel] = useState<Certainty>('confirmed')
  const [goal, setGoal] = useState('')
  const [urgency, setUrgency] = useState<Urgency | ''>('')
  const [known, setKnown] = useState('')
  const [ask, setAsk] = useState('')
  const chosen = facts.filter((id) => view.knows.some((fact) => fact.id === id))
  return (
    <details className="panel composer-card" open>
      <summary>Share what you know</summary>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault()
          send({
            type: 'share',
            to,
            facts: chosen,
            label,
            message: { goal, known, ask, ...(urgency === '' ? {} : { urgency }) },
          })
          setFacts([])
          setTo([])
          setGoal('')
          setUrgency('')
          setKnown('')
          setAsk('')
        }}
      >
        <Checklist
          legend="Facts to share"
          items={view.knows.map((fact) => ({ id: fact.id, label: fact.text }))}
          value={chosen}
          onChange={setFacts}
          empty="You know nothing to share yet."
        />
        <Recipients view={view} value={to} onChange={setTo} />
        <ChoiceField
          label="Present it as"
          value={label}
          options={CERTAINTIES.map((c) => ({ value: c, label: c }))}
          onChange={setLabel}
        />
        <RoomText label="Goal: what you want to achieve" value={goal} onChange={setGoal} />
        <ChoiceField
          label="Urgency"
          value={urgency}
          options={[
            { value: '', label: 'not said' },
            { value: 'low', label: 'low' },
            { value: 'medium', label: 'medium' },
            { value: 'high', label: 'high' },
          ]}
          onChange={setUrgency}
        />
        <RoomText
          label="Known: what is known, and from whom"
          value={known}
          onChange={setKnown}
          multiline
        />
        <RoomText label="Ask: what the recipient should do" value={ask} onChange={setAsk} />
        <button type="submit" className="primary" disabled={chosen.length === 0 || to.length === 0}>
          Share
        </button>
      </form>
    </details>
  )
}

export function StatementComposer({ view, send }: ComposerProps) {
  const [to, setTo] = useState<Id[]>([])
  const [text, setText] = useState('')
  const [certainty, setCertainty] = useState<Certainty>('unverified')
  return (
    <details className="panel composer-card">
      <summary>Say something in your own words</summary>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault()
          send({ type: 'statement', to, text, certainty })
          setTo([])
          setText('')
        }}
      >
        <RoomText label="What you say" value={text} onChange={setText} multiline />
        <ChoiceField
          label="How sure you are"
          value={certainty}
          options={CERTAINTIES.map((c) => ({ value: c, label: c }))}
          onChange={setCertainty}
        />
        <Recipients view={view} value={to} onChange={setTo} />
        <button type="submit" disabled={text.trim() === '' || to.length === 0}>
          Say it
        </button>
      </form>
    </details>
  )
}

export function DeclineComposer({ view, send }: ComposerProps) {
  const [facts, setFacts] = useState<Id[]>([])
  const [to, setTo] = useState<Id[]>([])
  const [reason, setReason] = useState<keyof typeof REASON_NAMES>('privacy')
  return (
    <details className="panel composer-card">
      <summary>Decline to share</summary>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault()
          send({ type: 'decline', to, facts, reason })
          setFacts([])
          setTo([])
        }}
      >
        <Checklist
          legend="Facts you keep back"
          items={view.knows.map((fact) => ({ id: fact.id, label: fact.text }))}
          value={facts}
          onChange={setFacts}
          empty="You know nothing yet."
        />
        <Recipients view={view} value={to} onChange={setTo} legend="To whom" />
        <ChoiceField
          label="Why"
          value={reason}
          options={view.declineReasons.map((r) => ({ value: r, label: REASON_NAMES[r] }))}
          onChange={setReason}
        />
        <button type="submit" disabled={facts.length === 0 || to.length === 0}>
          Decline
        </button>
      </form>
    </details>
  )
}

export function ActComposer({ view, send }: ComposerProps) {
  const [action, setAction] = useState(view.actions[0]?.id ?? '')
  return (
    <details className="panel composer-card">
      <summary>Act</summary>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault()
          send({ type: 'act', action })
        }}
      >
        <ChoiceField
          label="Action"
          value={action}
          options={view.actions.map((a) => ({ value: a.id, label: a.label }))}
          onChange={setAction}
        />
        <button type="submit" disabled={action === ''}>
          Do it
        </button>
      </form>
    </details>
  )
}

function Recipients({
  view,
  value,
  onChange,
  legend = 'To',
}: {
  view: RoleView
  value: readonly Id[]
  onChange: (ids: Id[]) => void
  legend?: string
}) {
  const items = view.roles
    .filter((role) => role.id !== view.role.id)
    .map((role) => ({ id: role.id, label: role.player ? role.title : `${role.title} (contact)` }))
  return <Checklist legend={legend} items={items} value={value} onChange={onChange} empty="" />
}

function Checklist({
  legend,
  items,
  value,
  onChange,
  empty,
}: {
  legend: string
  items: readonly { id: Id; label: string }[]
  value: readonly Id[]
  onChange: (ids: Id[]) => void
  empty: string
}) {
  return (
    <fieldset className="checklist">
      <legend>{legend}</legend>
      {items.length === 0 && <p className="muted">{empty}</p>}
      {items.map((item) => (
        <label key={item.id} className="check">
          <input
            type="checkbox"
            checked={value.includes(item.id)}
            onChange={() => {
              onChange(
                value.includes(item.id)
                  ? value.filter((id) => id !== item.id)
                  : [...value, item.id],
              )
            }}
          />
          <span>{item.label}</span>
        </label>
      ))}
    </fieldset>
  )
}

/** The console's text field, bounded by the protocol's text limit so typing stops there. */
function RoomText(props: Omit<Parameters<typeof TextField>[0], 'maxLength'>) {
  return <TextField {...props} maxLength={MAX_TEXT} />
}
