import { useId, useState, type SyntheticEvent } from 'react'
import { AppActor } from '../app/app-actor'
import type { ClockMode } from '../../contract/host-api'
import { PolicyChoice, type PolicyPick } from './PolicyChoice'

/** Who plays, the table's name, the policy profile and the clock; then start. */
export function SetupScreen() {
  const entry = AppActor.useSelector((s) => s.context.chosen)
  const actor = AppActor.useActorRef()
  const scenario = entry?.scenario
  const players = scenario?.roles.filter((role) => role.player) ?? []
  const [roles, setRoles] = useState<readonly string[]>(() => players.map((role) => role.id))
  // The last session's clock, as a facilitator running a series expects; its table name only
  // as a suggestion, since a new table is the usual case and a stale name mislabels exports.
  const remembered = AppActor.useSelector((s) => s.context.library.settings)
  const [tableName, setTableName] = useState('')
  const suggestion = remembered.lastTableName.trim()
  const [clockKind, setClockKind] = useState<ClockMode['kind']>(remembered.defaultClock.kind)
  const [speed, setSpeed] = useState(
    remembered.defaultClock.kind === 'real-time' ? remembered.defaultClock.speed : 1,
  )
  const [policy, setPolicy] = useState<PolicyPick>({ name: 'default' })
  const id = useId()
  if (!entry || !scenario) return null

  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    actor.send({
      type: 'start',
      setup: {
        scenarioId: scenario.id,
        scenarioText: entry.source.text,
        tableName: tableName.trim(),
        roles,
        policy: policy.name,
        ...(policy.text === undefined ? {} : { policyText: policy.text }),
        clock: clockKind === 'manual' ? { kind: 'manual' } : { kind: 'real-time', speed },
      },
    })
  }
  const toggle = (role: string) => {
    setRoles((current) =>
      current.includes(role) ? current.filter((r) => r !== role) : [...current, role],
    )
  }

  return (
    <main className="screen setup">
      <h1>Set up: {scenario.title}</h1>
      <form onSubmit={submit} className="setup-form stack">
        <fieldset>
          <legend>Roles played at the table</legend>
          <p className="muted">Roles left unticked are played by the facilitator.</p>
          <div className="role-grid">
            {players.map((role) => (
              <label key={role.id} className="check">
                <input
                  type="checkbox"
                  checked={roles.includes(role.id)}
                  onChange={() => {
                    toggle(role.id)
                  }}
                />
                {role.title}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="row">
          <label htmlFor={`${id}-table`}>Table or team name</label>
          <input
            id={`${id}-table`}
            type="text"
            value={tableName}
            onChange={(e) => {
              setTableName(e.target.value)
            }}
          />
          {suggestion !== '' && tableName.trim() !== suggestion && (
            <button
              type="button"
              onClick={() => {
                setTableName(suggestion)
              }}
            >
              Same table as last time: {suggestion}
            </button>
          )}
        </div>
        <PolicyChoice onChange={setPolicy} />
        <fieldset className="clock-choice">
          <legend>Scenario clock</legend>
          <label className="check">
            <input
              type="radio"
              name="clock"
              checked={clockKind === 'manual'}
              onChange={() => {
                setClockKind('manual')
              }}
            />
            Manual: the clock moves when you advance or add minutes
          </label>
          <label className="check">
            <input
              type="radio"
              name="clock"
              checked={clockKind === 'real-time'}
              onChange={() => {
                setClockKind('real-time')
              }}
            />
            Real time
          </label>
          {clockKind === 'real-time' && (
            <div className="row">
              <label htmlFor={`${id}-speed`}>Speed (scenario minutes per real minute)</label>
              <input
                id={`${id}-speed`}
                type="number"
                min={1}
                max={60}
                value={speed}
                onChange={(e) => {
                  setSpeed(Math.max(1, Number(e.target.value) || 1))
                }}
              />
            </div>
          )}
        </fieldset>
        <div className="row">
          <button
            type="button"
            onClick={() => {
              actor.send({ type: 'back' })
            }}
          >
            Back to the library
          </button>
          <button type="submit" className="primary" disabled={roles.length === 0}>
            Start the exercise
          </button>
        </div>
      </form>
    </main>
  )
}
