import type { LogEvent } from '../../../engine/exercise/log'
import { toClock } from '../../../engine/scenario/clock'
import { knowsNow, refusal, type Playtest } from '../../../engine/studio/playtest'
import { ThreatBadge } from '../../ui/ThreatBadge'
import { EventList } from './EventList'
import { FlagList } from './FlagList'
import { ShareForm } from './ShareForm'

interface Props {
  readonly playtest: Playtest
  readonly error: string | undefined
  readonly onPlay: (event: LogEvent) => void
  readonly onRewind: (count: number) => void
  readonly onStop: () => void
}

/** Playing the scenario: the current inject, its open decisions, a share, advance and undo. */
export function PlaytestRun({ playtest, error, onPlay, onRewind, onStop }: Props) {
  const { inject, state, events } = playtest
  const clock = toClock(state.clock)
  const over = state.ended
  return (
    <div className="studio-playtest-run stack">
      <header className="row">
        <h3>
          {clock} · {inject.title}
        </h3>
        <ThreatBadge level={state.threat} size="small" />
        {over && <strong>■ Play has ended</strong>}
      </header>
      {inject.narrative !== undefined && <p>{inject.narrative}</p>}
      {error !== undefined && (
        <p role="alert" className="studio-error">
          ✗ The engine refused that: {error}
        </p>
      )}
      {state.openDecisions.map(({ role, prompt, options }) => (
        <fieldset key={`${role}:${prompt}`}>
          <legend>
            {role}: {prompt}
          </legend>
          <div className="row">
            {options.map((option) => (
              <button
                key={option.id}
                type="button"
                onClick={() => {
                  onPlay({ type: 'decide', t: clock, role, inject: inject.id, option: option.id })
                }}
              >
                {option.label}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      {!over && (
        <ShareForm
          scenario={playtest.scenario}
          clock={clock}
          knowsNow={(role) => knowsNow(playtest, role)}
          refusal={(event) => refusal(playtest, event)}
          onPlay={onPlay}
        />
      )}
      <div className="row" role="group" aria-label="Play controls">
        <button
          type="button"
          className="primary"
          disabled={over}
          onClick={() => {
            onPlay({ type: 'advance' })
          }}
        >
          Advance ▸
        </button>
        <button
          type="button"
          disabled={over}
          onClick={() => {
            onPlay({
              type: 'note',
              t: toClock(state.clock + 5),
              text: 'Playtest: 5 minutes pass',
            })
          }}
        >
          +5 min
        </button>
        <button
          type="button"
          disabled={events.length === 0}
          onClick={() => {
            onRewind(events.length - 1)
          }}
        >
          ↶ Undo
        </button>
        <button type="button" onClick={onStop}>
          ■ Stop playtest
        </button>
      </div>
      <FlagList flags={playtest.flags} />
      <EventList events={events} onRewind={onRewind} />
    </div>
  )
}
