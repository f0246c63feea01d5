import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { shippedScenarios } from '../library/shipped'
import { MediaContext } from '../materials/scenario-media'
import { RoleViewPanels } from './RoleViewPanels'
import { RoomClient, roomSocketUrl, type RoomState } from './room-client'

/**
 * The participant's page (`#/join`), served by the room host to a phone or a laptop: join
 * with the code, take a role, then play it from the role's own view. Everything shown comes
 * from the host's projection for this role; every text is rendered by React, so escaped.
 */
export function ParticipantPage() {
  const client = useMemo(
    () => new RoomClient(roomSocketUrl(window.location), window.sessionStorage, codeInHash()),
    [],
  )
  useEffect(() => {
    client.start()
    return () => {
      client.stop()
    }
  }, [client])
  const state = useSyncExternalStore(client.subscribe, client.snapshot)
  useEffect(() => {
    const title = state.phase.kind === 'playing' ? state.phase.title : 'Join'
    document.title = `Need to Know — ${title}`
  }, [state.phase])
  return (
    <main className="participant">
      <ConnectionLine state={state} />
      {state.notice !== undefined && (
        <p className="error" role="alert">
          {state.notice}
        </p>
      )}
      <Phase client={client} state={state} />
    </main>
  )
}

function ConnectionLine({ state }: { state: RoomState }) {
  const waiting = state.pending > 0 ? ` · ${state.pending} sending…` : ''
  return (
    <p className={`connection ${state.connected ? 'online' : 'offline'}`} role="status">
      {state.connected ? `Connected${waiting}` : `Reconnecting…${waiting}`}
    </p>
  )
}

function Phase({ client, state }: { client: RoomClient; state: RoomState }) {
  const { phase } = state
  switch (phase.kind) {
    case 'connecting':
      return <p className="muted">Connecting to the room…</p>
    case 'code':
      return <CodeForm client={client} />
    case 'seats':
      return (
        <section className="panel stack" aria-labelledby="seats-title">
          <h1 id="seats-title">{phase.scenario}</h1>
          <h2>Which role do you play?</h2>
          <ul className="seat-list">
            {phase.seats.map((seat) => (
              <li key={seat.id}>
                <button
                  type="button"
                  disabled={seat.taken}
                  onClick={() => {
                    client.claim(seat.id)
                  }}
                >
                  {seat.title}
                  {seat.taken && <span className="muted"> (taken)</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )
    case 'waiting':
      return (
        <p className="panel">
          You asked to play <strong>{phase.title}</strong>. The facilitator will let you in.
        </p>
      )
    case 'playing':
      return phase.view === undefined ? (
        <p className="muted">Loading {phase.title}…</p>
      ) : (
        <MediaContext value={mediaOf(phase.view.scenario.id)}>
          <RoleViewPanels
            view={phase.view}
            send={(command) => {
              client.command(command)
            }}
          />
        </MediaContext>
      )
    case 'closed':
      return (
        <section className="panel stack">
          <p>{phase.message}</p>
          <button
            type="button"
            onClick={() => {
              window.location.hash = '#/join'
              window.location.reload()
            }}
          >
            Join again
          </button>
        </section>
      )
  }
}

function CodeForm({ client }: { client: RoomClient }) {
  const [code, setCode] = useState('')
  return (
    <form
      className="panel stack join-form"
      onSubmit={(event) => {
        event.preventDefault()
        client.join(code)
      }}
    >
      <h1>Join the exercise</h1>
      <label htmlFor="join-code">The code on the facilitator’s screen</label>
      <input
        id="join-code"
        autoComplete="off"
        autoCapitalize="characters"
        inputMode="text"
        maxLength={6}
        value={code}
        onChange={(event) => {
          setCode(event.target.value.toUpperCase())
        }}
      />
      <button type="submit" className="primary" disabled={code.trim().length !== 6}>
        Join
      </button>
    </form>
  )
}

function codeInHash(): string | undefined {
  const query = window.location.hash.split('?')[1] ?? ''
  const code = new URLSearchParams(query).get('code')
  return code === null || code === '' ? undefined : code
}

/** A shipped scenario's images are in the bundle; another scenario's show as missing. */
function mediaOf(scenarioId: string) {
  return shippedScenarios().find((s) => s.file.startsWith(`${scenarioId}/`))?.media ?? {}
}
