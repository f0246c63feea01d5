import { useState } from 'react'
import { CERTAINTIES, type Certainty, type Id, type Urgency } from '../../engine/scenario/schema'
import type { Message } from '../../engine/scenario/schema'
import { ChoiceField, FactChecklist, RoleChecklist, RoleSelect, TextField } from './fields'
import type { Draft } from './run-machine'
import { SubmitWithReason } from './SubmitWithReason'
import { sendDraft, useCheck, useSessionView, type RunRef } from './use-run'

const CERTAINTY_CHOICES = CERTAINTIES.map((c) => ({ value: c, label: `Presented as ${c}` }))
const URGENCY_CHOICES = [
  { value: '', label: 'not said' },
  { value: 'low', label: 'low' },
  { value: 'medium', label: 'medium' },
  { value: 'high', label: 'high' },
] as const

/**
 * The heart of the training: who tells whom what, how sure, and how clearly. The facts
 * offered are only those the sharing role knows now (the session says which).
 */
export function ShareComposer({ run }: { run: RunRef }) {
  const { session } = useSessionView(run)
  const players = session.scenario.roles.filter((r) => r.player)
  const [from, setFrom] = useState<Id>(players[0]?.id ?? '')
  const [facts, setFacts] = useState<Id[]>([])
  const [to, setTo] = useState<Id[]>([])
  const [label, setLabel] = useState<Certainty>('confirmed')
  const [message, setMessage] = useState({
    goal: '',
    urgency: '' as Urgency | '',
    known: '',
    ask: '',
  })
  const known = new Set(session.knowsNow(from))
  const knownFacts = session.scenario.facts.filter((f) => known.has(f.id))
  const chosenFacts = facts.filter((f) => known.has(f))
  const draft: Draft = {
    type: 'share',
    from,
    to,
    facts: chosenFacts,
    label,
    ...messagePart(message),
  }
  const { can, reason } = useCheck(run, draft)
  const reset = () => {
    setFacts([])
    setTo([])
    setMessage({ goal: '', urgency: '', known: '', ask: '' })
  }
  return (
    <section className="composer share panel" aria-labelledby="share-title">
      <h2 id="share-title">Share…</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          // Keep the form when the engine refused it, so the facilitator can fix and retry.
          if (sendDraft(run, draft)) reset()
        }}
      >
        <div className="composer-grid">
          <div className="stack">
            <RoleSelect
              label="Who shares"
              roles={players}
              value={from}
              onChange={(id) => {
                setFrom(id)
                setFacts([])
              }}
            />
            <FactChecklist
              legend="What they know (pick facts to share)"
              facts={knownFacts}
              value={chosenFacts}
              onChange={setFacts}
            />
            <ChoiceField
              label="How certain"
              options={CERTAINTY_CHOICES}
              value={label}
              onChange={setLabel}
            />
          </div>
          <div className="stack">
            <RoleChecklist
              legend="To"
              roles={session.scenario.roles.filter((r) => r.id !== from)}
              value={to}
              onChange={setTo}
            />
          </div>
          <div className="stack">
            <TextField
              label="Goal: what you want to achieve"
              value={message.goal}
              onChange={(goal) => {
                setMessage({ ...message, goal })
              }}
            />
            <ChoiceField
              label="Urgency"
              options={URGENCY_CHOICES}
              value={message.urgency}
              onChange={(urgency) => {
                setMessage({ ...message, urgency })
              }}
            />
            <TextField
              label="Known: what is known, and from whom"
              value={message.known}
              multiline
              onChange={(k) => {
                setMessage({ ...message, known: k })
              }}
            />
            <TextField
              label="Ask: what the recipient should do"
              value={message.ask}
              onChange={(ask) => {
                setMessage({ ...message, ask })
              }}
            />
          </div>
        </div>
        <SubmitWithReason can={can} reason={reason} className="primary share-submit">
          Share
        </SubmitWithReason>
      </form>
    </section>
  )
}

/** Only the message fields actually filled in; no message at all when none is. */
function messagePart(fields: { goal: string; urgency: Urgency | ''; known: string; ask: string }): {
  message?: Message
} {
  const message: Message = {
    ...(fields.goal.trim() !== '' ? { goal: fields.goal.trim() } : {}),
    ...(fields.urgency !== '' ? { urgency: fields.urgency } : {}),
    ...(fields.known.trim() !== '' ? { known: fields.known.trim() } : {}),
    ...(fields.ask.trim() !== '' ? { ask: fields.ask.trim() } : {}),
  }
  return Object.keys(message).length === 0 ? {} : { message }
}
