import { useState } from 'react'
import {
  CERTAINTIES,
  type Certainty,
  type DeclineReason,
  type Id,
} from '../../engine/scenario/schema'
import { ChoiceField, FactChecklist, RoleChecklist, RoleSelect, TextField } from './fields'
import type { Draft } from './run-machine'
import { SubmitWithReason } from './SubmitWithReason'
import { sendDraft, useCheck, useSessionView, type RunRef } from './use-run'

const CERTAINTY_CHOICES = CERTAINTIES.map((c) => ({ value: c, label: c }))
const REASONS: readonly { value: DeclineReason; label: string }[] = [
  { value: 'privacy', label: 'privacy' },
  { value: 'not-my-role', label: 'not my role' },
  { value: 'unsure', label: 'unsure' },
]

/** A claim that is not one of the scenario's facts: a guess, an assumption, a reassurance. */
export function StatementForm({ run }: { run: RunRef }) {
  const { session } = useSessionView(run)
  const players = session.scenario.roles.filter((r) => r.player)
  const [from, setFrom] = useState<Id>(players[0]?.id ?? '')
  const [to, setTo] = useState<Id[]>([])
  const [text, setText] = useState('')
  // No default: how sure a claim really is decides whether it is scored as speculation, so
  // the facilitator judges it each time rather than accepting a preset (docs/scoring.md).
  const [certainty, setCertainty] = useState<Certainty>()
  const draft: Draft = {
    type: 'statement',
    from,
    to,
    text: text.trim(),
    certainty: certainty ?? 'confirmed',
  }
  const checked = useCheck(run, draft)
  const can = checked.can && certainty !== undefined
  // The engine's reason first (no recipient, say); then the choice only a person can make.
  const reason =
    checked.reason ?? (certainty === undefined ? 'Choose how sure it really is.' : undefined)
  const submit = () => {
    if (certainty !== undefined && sendDraft(run, draft)) {
      setText('')
      setTo([])
      setCertainty(undefined)
    }
  }
  return (
    <form
      className="composer"
      aria-label="Statement"
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <RoleSelect label="Who says it" roles={players} value={from} onChange={setFrom} />
      <TextField label="What they say" value={text} onChange={setText} />
      <ChoiceField
        label="How sure it really is"
        options={CERTAINTY_CHOICES}
        value={certainty}
        onChange={setCertainty}
        placeholder="Choose: confirmed, reported, unverified or speculation"
      />
      <RoleChecklist
        legend="To"
        roles={session.scenario.roles.filter((r) => r.id !== from)}
        value={to}
        onChange={setTo}
      />
      <SubmitWithReason can={can} reason={reason}>
        Record statement
      </SubmitWithReason>
    </form>
  )
}

/** A role considers sharing and refuses, with the reason it gives. */
export function DeclineForm({ run }: { run: RunRef }) {
  const { session } = useSessionView(run)
  const players = session.scenario.roles.filter((r) => r.player)
  const [role, setRole] = useState<Id>(players[0]?.id ?? '')
  const [facts, setFacts] = useState<Id[]>([])
  const [to, setTo] = useState<Id[]>([])
  const [reason, setReason] = useState<DeclineReason>('privacy')
  const known = new Set(session.knowsNow(role))
  const chosen = facts.filter((f) => known.has(f))
  const draft: Draft = { type: 'decline', role, to, facts: chosen, reason }
  const { can, reason: refusal } = useCheck(run, draft)
  const submit = () => {
    if (sendDraft(run, draft)) {
      setFacts([])
      setTo([])
    }
  }
  return (
    <form
      className="composer"
      aria-label="Decline to share"
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <RoleSelect
        label="Who declines"
        roles={players}
        value={role}
        onChange={(id) => {
          setRole(id)
          setFacts([])
        }}
      />
      <FactChecklist
        legend="Facts withheld"
        facts={session.scenario.facts.filter((f) => known.has(f.id))}
        value={chosen}
        onChange={setFacts}
      />
      <RoleChecklist
        legend="To whom"
        roles={session.scenario.roles.filter((r) => r.id !== role)}
        value={to}
        onChange={setTo}
      />
      <ChoiceField label="Reason" options={REASONS} value={reason} onChange={setReason} />
      <SubmitWithReason can={can} reason={refusal}>
        Record decline
      </SubmitWithReason>
    </form>
  )
}
