import { useEffect, useState } from 'react'
import type { HostApi } from '../../contract/host-api'
import { ProjectorView } from './ProjectorView'
import type { ProjectorState } from './projector-state'
import { MediaContext, useScenarioMedia } from '../materials/scenario-media'

interface Props {
  readonly host: HostApi
}

/**
 * The projector as its own window (#/projector, what the desktop's projector window loads):
 * shows the projector state the console sends, the same value its own projector view shows,
 * so both follow "Show notes on projector" and the "On projector" boxes alike.
 */
export function ProjectorRoute({ host }: Props) {
  const [state, setState] = useState<ProjectorState | null>(null)
  useEffect(() => host.onProjectorState?.(setState), [host])
  const scenarioText = useSessionScenarioText(host, state?.sessionId)
  // Keyed by the text, so the images are looked up once per session, not on every change.
  const media = useScenarioMedia(host, scenarioText)
  if (!state)
    return (
      <main className="projector">
        <h1 className="projector-title">Waiting for the facilitator…</h1>
      </main>
    )
  return (
    <MediaContext value={media}>
      <ProjectorView state={state} />
    </MediaContext>
  )
}

/** The scenario text of the session shown: its images are found by it. */
function useSessionScenarioText(host: HostApi, sessionId: string | undefined) {
  const [text, setText] = useState<string>()
  useEffect(() => {
    if (sessionId === undefined) return
    let live = true
    void host.loadSession(sessionId).then((loaded) => {
      if (live && loaded.ok) setText(loaded.session.setup.scenarioText)
    })
    return () => {
      live = false
    }
  }, [host, sessionId])
  return text
}
