import { lazy, Suspense } from 'react'
import { Drawer } from '../ui/Drawer'
import type { ConsoleRoom } from './use-console-room'

// With the QR library and the seats list, only where there is a room to host (the desktop).
const RoomControls = lazy(() => import('./RoomControls'))

/**
 * The run console's "Let participants join" (docs/room-hosting.md): off until the
 * facilitator starts it. In the desktop app it hosts this session for devices on the
 * room's network; a browser page cannot listen on the network, so the web edition says
 * how to run the headless host instead.
 */
export function LetParticipantsJoin({ room }: { room: ConsoleRoom | undefined }) {
  return (
    <Drawer title="Let participants join" open={room?.status.hosting === true}>
      {room === undefined ? (
        <HeadlessHost />
      ) : (
        <Suspense>
          <RoomControls room={room} />
        </Suspense>
      )}
    </Drawer>
  )
}

function HeadlessHost() {
  return (
    <div className="stack room-hint">
      <p>
        Players can join from their own phones or laptops, each seeing only what their role knows.
        This web edition cannot host them: a page in a browser cannot listen on the network. The
        desktop app hosts this session from here.
      </p>
      <p>Or, on this computer, run the headless host from the project folder:</p>
      <pre>
        <code>npm run ttx -- host &lt;scenario.yaml&gt;</code>
      </pre>
      <p className="muted">
        It prints a join address and code for the players and a private facilitator page. It plays
        its own session with its own log and save file, apart from this console.
      </p>
    </div>
  )
}
