/**
 * The exercise's details and its participants (docs/hseep.md), as the AAR/IP's Exercise
 * Overview and Appendix B print them. A participant is added the way the hot wash is: type,
 * Enter adds; each stays editable in the list below.
 */
import { useRef, useState } from 'react'
import type { Evaluation, ExerciseDetails, Participant } from '../../engine/hseep/evaluation'

type Update = (change: (e: Evaluation) => Evaluation) => void

const FIELDS: readonly { key: Exclude<keyof ExerciseDetails, 'date'>; label: string }[] = [
  { key: 'location', label: 'Location' },
  { key: 'sponsor', label: 'Sponsor' },
  { key: 'contact', label: 'Point of contact' },
  { key: 'missionAreas', label: 'Mission areas' },
]

const NOBODY: Participant = { name: '', organization: '', role: '' }

export function ExerciseDetailsPanel({
  evaluation,
  update,
}: {
  evaluation: Evaluation
  update: Update
}) {
  const { details, participants } = evaluation
  const setDetails = (patch: Partial<ExerciseDetails>) => {
    update((e) => ({ ...e, details: { ...e.details, ...patch } }))
  }
  const setParticipants = (change: (list: Participant[]) => Participant[]) => {
    update((e) => ({ ...e, participants: change(e.participants) }))
  }
  const [draft, setDraft] = useState<Participant>(NOBODY)
  const first = useRef<HTMLInputElement>(null)
  return (
    <div className="stack exercise-details">
      <div className="details-grid">
        <label className="field">
          Exercise date
          <input
            type="date"
            value={details.date}
            onChange={(e) => {
              setDetails({ date: e.target.value })
            }}
          />
        </label>
        {FIELDS.map((f) => (
          <label key={f.key} className="field">
            {f.label}
            <input
              type="text"
              value={details[f.key]}
              onChange={(e) => {
                setDetails({ [f.key]: e.target.value })
              }}
            />
          </label>
        ))}
      </div>
      <h3>Participants</h3>
      <form
        className="composer row"
        aria-label="Add a participant"
        onSubmit={(e) => {
          e.preventDefault()
          const added = {
            name: draft.name.trim(),
            organization: draft.organization.trim(),
            role: draft.role.trim(),
          }
          if (added.name === '' && added.organization === '' && added.role === '') return
          setParticipants((list) => [...list, added])
          setDraft(NOBODY)
          first.current?.focus()
        }}
      >
        <ParticipantFields
          participant={draft}
          set={setDraft}
          label={(what) => what}
          visible
          firstRef={first}
        />
        <button type="submit">Add participant</button>
      </form>
      {participants.length === 0 ? (
        <p className="muted">No participants yet: the AAR/IP says none were recorded.</p>
      ) : (
        <ol className="participant-list" aria-label="Participants">
          {participants.map((p, at) => (
            // Participants have no id; the list is edited in place, so the index is stable.
            <li key={at} className="row">
              <ParticipantFields
                participant={p}
                set={(next) => {
                  setParticipants((list) => list.map((q, i) => (i === at ? next : q)))
                }}
                label={(what) => `${what}, participant ${at + 1}`}
                visible={false}
              />
              <button
                type="button"
                aria-label={`Remove participant ${at + 1}${p.name === '' ? '' : `: ${p.name}`}`}
                onClick={() => {
                  setParticipants((list) => list.filter((_, i) => i !== at))
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}

function ParticipantFields({
  participant,
  set,
  label,
  visible,
  firstRef,
}: {
  participant: Participant
  set: (next: Participant) => void
  label: (what: string) => string
  /** Visible labels on the entry form; the list's rows carry theirs for screen readers. */
  visible: boolean
  firstRef?: React.Ref<HTMLInputElement>
}) {
  const field = (key: keyof Participant, what: string, ref?: React.Ref<HTMLInputElement>) => (
    <label className="field">
      <span className={visible ? undefined : 'visually-hidden'}>{label(what)}</span>
      <input
        ref={ref}
        type="text"
        value={participant[key]}
        onChange={(e) => {
          set({ ...participant, [key]: e.target.value })
        }}
      />
    </label>
  )
  return (
    <>
      {field('name', 'Name', firstRef)}
      {field('organization', 'Organization')}
      {field('role', 'Role in the exercise')}
    </>
  )
}
