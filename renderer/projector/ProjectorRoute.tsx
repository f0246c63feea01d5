import { useEffect, useState } from 'react'
import type { Scenario } from '../../engine/scenario/schema'
import type { SessionPort } from '../exercise/session-port'
import type { HostApi, SavedSession } from '../../contract/host-api'
import { parseScenario } from '../library/parse-scenario'
import { ProjectorView } from './ProjectorView'
import { MediaContext, useScenarioMedia } from '../materials/scenario-media'

interface Props {
  readonly host: HostApi
  readonly openSession: (scenario: Scenario, saved: SavedSession) => SessionPort
}

/**
 * The projector as its own window (#/projector): shows the newest unfinished session and
 * re-reads it whenever any window saves. Only public data reaches ProjectorView.
 */
export function ProjectorRoute({ host, openSession }: Props) {
  const [session, setSession] = useState<SessionPort | null>(null)
  const [scenarioText, setScenarioText] = useState<string>()
  // Keyed by the text, so the images are looked up once, not on every save.
  const media = useScenarioMedia(host, scenarioText)
  useEffect(() => {
    let live = true
    const refresh = async () => {
      const [latest] = await host.listSessions()
      const loaded = latest && (await host.loadSession(latest.id))
      if (!live || !loaded || !loaded.ok) return
      const { scenario } = parseScenario(
        loaded.session.setup.scenarioText,
        loaded.session.setup.scenarioId,
      )
      if (!scenario) return
      setSession(openSession(scenario, loaded.session))
      setScenarioText(loaded.session.setup.scenarioText)
    }
    void refresh()
    const unsubscribe = host.onSessionSaved?.(() => void refresh())
    // Without a save signal from the host, look again every second.
    const timer = unsubscribe ? undefined : setInterval(() => void refresh(), 1000)
    return () => {
      live = false
      unsubscribe?.()
      clearInterval(timer)
    }
  }, [host, openSession])
  if (!session)
    return (
      <main className="projector">
        <h1 className="projector-title">Waiting for the facilitator…</h1>
      </main>
    )
  const view = session.view()
  return (
    <MediaContext value={media}>
      <ProjectorView
        title={session.scenario.title}
        inject={view.inject}
        clock={view.clock}
        threat={view.threat}
        ended={view.ended}
        facts={[]}
      />
    </MediaContext>
  )
}
