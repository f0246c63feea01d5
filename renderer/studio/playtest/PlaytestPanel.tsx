import { useState } from 'react'
import type { LogEvent } from '../../../engine/exercise/log'
import type { Scenario } from '../../../engine/scenario/schema'
import { play, rewind, startPlaytest, type Playtest } from '../../../engine/studio/playtest'
import { PlaytestRun } from './PlaytestRun'
import { PlaytestSetup } from './PlaytestSetup'

interface Props {
  /** The last scenario that validated. */
  readonly scenario: Scenario | undefined
  /** False while the text has errors: the playtest uses the last good version. */
  readonly current: boolean
}

/** Choose where to start and what is known, then play against the engine. */
export function PlaytestPanel({ scenario, current }: Props) {
  const [playtest, setPlaytest] = useState<Playtest | undefined>()
  const [error, setError] = useState<string | undefined>()
  if (scenario === undefined) {
    return <p>Fix the errors in the scenario to playtest it.</p>
  }
  const onPlay = (event: LogEvent) => {
    if (playtest === undefined) return
    const result = play(playtest, event)
    if (result.ok) setPlaytest(result.playtest)
    setError(result.ok ? undefined : result.error)
  }
  return (
    <section className="studio-playtest" aria-label="Playtest">
      {!current && (
        <p className="studio-stale" role="status">
          ⚠ The text has errors: this uses the last version that validated.
        </p>
      )}
      {playtest === undefined ? (
        <PlaytestSetup
          scenario={scenario}
          onStart={(start) => {
            setError(undefined)
            setPlaytest(startPlaytest(scenario, start))
          }}
        />
      ) : (
        <PlaytestRun
          playtest={playtest}
          error={error}
          onPlay={onPlay}
          onRewind={(count) => {
            setError(undefined)
            setPlaytest(rewind(playtest, count))
          }}
          onStop={() => {
            setPlaytest(undefined)
          }}
        />
      )}
    </section>
  )
}
