import { useMemo, useState } from 'react'
import { indexScenario } from '../../engine/scenario/scenario-index'
import type { Id } from '../../engine/scenario/schema'
import { ChoiceField, RoleSelect, TextField } from './fields'
import type { Draft } from './run-machine'
import { SubmitWithReason } from './SubmitWithReason'
import { sendDraft, useCheck, useSessionView, type RunRef } from './use-run'

/** A role takes an action from the catalog (the scenario's own actions included). */
export function ActForm({ run }: { run: RunRef }) {
  const { session } = useSessionView(run)
  const players = session.scenario.roles.filter((r) => r.player)
  const actions = useMemo(
    () => [...indexScenario(session.scenario).actions.values()],
    [session.scenario],
  )
  const [role, setRole] = useState<Id>(players[0]?.id ?? '')
  const [action, setAction] = useState<Id>(actions[0]?.id ?? '')
  const draft: Draft = { type: 'act', role, action }
  const { can, reason } = useCheck(run, draft)
  const choices = actions.map((a) => ({ value: a.id, label: `${a.label} (level ${a.level})` }))
  return (
    <form
      className="composer"
      aria-label="Act"
      onSubmit={(e) => {
        e.preventDefault()
        sendDraft(run, draft)
      }}
    >
      <RoleSelect label="Who acts" roles={players} value={role} onChange={setRole} />
      <ChoiceField label="Action" options={choices} value={action} onChange={setAction} />
      <SubmitWithReason can={can} reason={reason}>
        Take action
      </SubmitWithReason>
    </form>
  )
}

/** The facilitator's own note in the log: what the table debated. Scores nothing. */
export function NoteForm({ run }: { run: RunRef }) {
  const [text, setText] = useState('')
  const draft: Draft = { type: 'note', text: text.trim() }
  const { can, reason } = useCheck(run, draft)
  return (
    <form
      className="composer"
      aria-label="Note"
      onSubmit={(e) => {
        e.preventDefault()
        if (sendDraft(run, draft)) setText('')
      }}
    >
      <TextField label="What the table discussed" value={text} multiline onChange={setText} />
      <SubmitWithReason can={can} reason={reason}>
        Add note
      </SubmitWithReason>
    </form>
  )
}
