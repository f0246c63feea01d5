/** Form fields the run console's composers share: a role picker, role and fact checklists. */
import { useId } from 'react'
import type { Fact, Id, Role } from '../../engine/scenario/schema'

export function RoleSelect({
  label,
  roles,
  value,
  onChange,
}: {
  label: string
  roles: readonly Role[]
  value: Id
  onChange: (id: Id) => void
}) {
  const options = roles.map((role) => ({ value: role.id, label: role.title }))
  return <ChoiceField label={label} options={options} value={value} onChange={onChange} />
}

export function RoleChecklist({
  legend,
  roles,
  value,
  onChange,
}: {
  legend: string
  roles: readonly Role[]
  value: readonly Id[]
  onChange: (ids: Id[]) => void
}) {
  return (
    <fieldset className="checklist">
      <legend>{legend}</legend>
      {roles.map((role) => (
        <label key={role.id} className="check">
          <input
            type="checkbox"
            checked={value.includes(role.id)}
            onChange={() => {
              onChange(toggle(value, role.id))
            }}
          />
          {role.title}
          {!role.player && <span className="muted"> (contact)</span>}
        </label>
      ))}
    </fieldset>
  )
}

/** The facts a role knows; each shows its own certainty, which is what "how certain" is judged against. */
export function FactChecklist({
  legend,
  facts,
  value,
  onChange,
}: {
  legend: string
  facts: readonly Fact[]
  value: readonly Id[]
  onChange: (ids: Id[]) => void
}) {
  return (
    <fieldset className="checklist facts-checklist">
      <legend>{legend}</legend>
      {facts.length === 0 && <p className="muted">This role knows nothing to share yet.</p>}
      {facts.map((fact) => (
        <label key={fact.id} className="check fact-check">
          <input
            type="checkbox"
            checked={value.includes(fact.id)}
            onChange={() => {
              onChange(toggle(value, fact.id))
            }}
          />
          <span>
            {fact.text} <span className="tag">{fact.certainty}</span>{' '}
            <span className="tag">{fact.sensitivity}</span>
            {fact.safety && <span className="tag tag-safety">safety</span>}
          </span>
        </label>
      ))}
    </fieldset>
  )
}

export function TextField({
  label,
  value,
  onChange,
  multiline = false,
  maxLength,
}: {
  label: string
  value: string
  onChange: (text: string) => void
  multiline?: boolean
  /** A bound the receiver enforces (the room's protocol limits), so typing stops there. */
  maxLength?: number
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          maxLength={maxLength}
          value={value}
          onChange={(e) => {
            onChange(e.target.value)
          }}
        />
      ) : (
        <input
          id={id}
          type="text"
          maxLength={maxLength}
          value={value}
          onChange={(e) => {
            onChange(e.target.value)
          }}
        />
      )}
    </div>
  )
}

export function ChoiceField<T extends string>({
  label,
  options,
  value,
  onChange,
  placeholder,
}: {
  label: string
  options: readonly { value: T; label: string }[]
  /** Undefined while nothing is chosen yet (then `placeholder` shows). */
  value: T | undefined
  onChange: (value: T) => void
  placeholder?: string
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => {
          const chosen = options.find((o) => o.value === e.target.value)
          if (chosen) onChange(chosen.value)
        }}
      >
        {value === undefined && (
          <option value="" disabled>
            {placeholder ?? 'Choose…'}
          </option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

function toggle(list: readonly Id[], id: Id): Id[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id]
}
