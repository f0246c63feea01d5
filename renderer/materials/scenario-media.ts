/**
 * Which images the running scenario's material cards show. A session keeps its own copy
 * of the scenario's text but not its images (they would make every save megabytes), so
 * they are found again by that text among the shipped scenarios and the user's own.
 */
import { createContext, useEffect, useState } from 'react'
import type { ScenarioMedia } from '../../engine/scenario/material-images'
import type { HostApi } from '../../contract/host-api'
import { shippedScenarios } from '../library/shipped'

export const MediaContext = createContext<ScenarioMedia>({})

const none: ScenarioMedia = {}

/** The images of the scenario whose text is `scenarioText`; none until found, or if never. */
export function useScenarioMedia(host: HostApi, scenarioText: string | undefined): ScenarioMedia {
  const [media, setMedia] = useState<ScenarioMedia>(none)
  useEffect(() => {
    if (scenarioText === undefined) return
    let live = true
    void findMedia(host, scenarioText).then((found) => {
      if (live) setMedia(found)
    })
    return () => {
      live = false
    }
  }, [host, scenarioText])
  return media
}

/** Images are a nicety: if they cannot be read, the cards say so and play goes on. */
async function findMedia(host: HostApi, scenarioText: string): Promise<ScenarioMedia> {
  const shipped = shippedScenarios().find((source) => source.text === scenarioText)
  if (shipped?.media !== undefined) return shipped.media
  try {
    const own = (await host.listUserScenarios()).find((s) => s.text === scenarioText)
    return own === undefined ? none : await host.userScenarioMedia(own.name)
  } catch {
    return none
  }
}
