import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { AppActor } from './app/app-actor'
import { App } from './app/App'
import { openSession } from './exercise/open-session'
import { pickHost } from './host/pick-host'
import { ProjectorRoute } from './projector/ProjectorRoute'
import './styles/tokens.css'
import './styles/base.css'
import './styles/screens.css'
import './styles/run.css'
import './styles/materials.css'
import './styles/projector.css'
import './styles/debrief.css'
import './styles/debrief-room.css'
import './styles/evaluation.css'
import './styles/room.css'
import './styles/cohort.css'

// A file dropped anywhere the page does not handle it must not replace the app: by default
// the browser (and Electron's window) would navigate to it. The Library takes drops itself.
for (const type of ['dragover', 'drop'] as const) {
  window.addEventListener(type, (event) => {
    event.preventDefault()
  })
}

const host = pickHost()
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

// #/projector is the room's view on its own (the Electron projector window loads it).
const projectorOnly = window.location.hash.startsWith('#/projector')
// #/join and #/facilitate are pages the room host serves to devices (docs/room-hosting.md).
const roomPage = /^#\/(join|facilitate)/.exec(window.location.hash)?.[1]
// Loaded only on those pages, so the console's first load does not carry them.
const ParticipantPage = lazy(() =>
  import('./room/ParticipantPage').then((m) => ({ default: m.ParticipantPage })),
)
const FacilitatorPage = lazy(() =>
  import('./room/FacilitatorPage').then((m) => ({ default: m.FacilitatorPage })),
)

createRoot(root).render(
  <StrictMode>
    {roomPage !== undefined ? (
      <Suspense>{roomPage === 'join' ? <ParticipantPage /> : <FacilitatorPage />}</Suspense>
    ) : projectorOnly ? (
      <ProjectorRoute host={host} />
    ) : (
      <AppActor.Provider options={{ input: { host, openSession } }}>
        <App />
      </AppActor.Provider>
    )}
  </StrictMode>,
)
