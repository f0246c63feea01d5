import { useId, useState } from 'react'
import { SeatsList } from './FacilitatorPage'
import { JoinQr } from './JoinQr'
import type { ConsoleRoom } from './use-console-room'

/**
 * The desktop console's room controls (LetParticipantsJoin loads them when there is a room
 * to host): the network and approval to start with; then the QR code and join code, who
 * holds which role with let in / free seat, and stop.
 */
export default function RoomControls({ room }: { room: ConsoleRoom }) {
  const { status, problem } = room
  return (
    <div className="stack">
      {status.hosting ? (
        <>
          <JoinQr url={status.joinUrl} code={status.code} />
          <SeatsList
            table={status}
            act={(action, extra) => {
              if ((action === 'approve' || action === 'remove') && extra.role !== undefined) {
                room.seat(extra.role, action)
              }
            }}
          />
          <p className="muted">
            Every player’s command is checked like yours and written to this session’s log.
          </p>
          <button type="button" onClick={room.stop}>
            Stop letting participants join
          </button>
        </>
      ) : (
        <StartForm room={room} />
      )}
      {problem !== undefined && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}

function StartForm({ room }: { room: ConsoleRoom }) {
  const id = useId()
  const choices = room.addresses ?? []
  const [address, setAddress] = useState<string>()
  const [approve, setApprove] = useState(false)
  const chosen = address ?? choices[0]?.address
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault()
        if (chosen !== undefined) room.start(chosen, approve)
      }}
    >
      <p className="muted">
        Players join from a browser on the same network as this computer; each device sees only its
        role. Nothing leaves the room.
      </p>
      <div className="row">
        <label htmlFor={`${id}-network`}>Network</label>
        <select
          id={`${id}-network`}
          value={chosen ?? ''}
          onChange={(event) => {
            setAddress(event.target.value)
          }}
        >
          {choices.map((choice) => (
            <option key={choice.address} value={choice.address}>
              {choice.address} ({choice.name})
            </option>
          ))}
        </select>
      </div>
      <label className="row">
        <input
          type="checkbox"
          checked={approve}
          onChange={(event) => {
            setApprove(event.target.checked)
          }}
        />
        Let each device in myself
      </label>
      <button type="submit" className="primary" disabled={chosen === undefined}>
        Let participants join
      </button>
    </form>
  )
}
