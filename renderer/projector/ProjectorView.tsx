import { toClock, type Minute } from '../../engine/scenario/clock'
import type { Fact, Inject, ThreatLevel } from '../../engine/scenario/schema'
import { MaterialCard } from '../materials/MaterialCard'
import { ClockIcon } from '../ui/ClockIcon'
import { ThreatBadge } from '../ui/ThreatBadge'

export interface ProjectorProps {
  readonly title: string
  readonly inject: Inject
  readonly clock: Minute
  readonly threat: ThreatLevel
  readonly ended: boolean
  /** The inject's notes, only when the facilitator chose to show them. */
  readonly notes?: string
  /** Fact texts the facilitator chose to show; nothing private otherwise. */
  readonly facts: readonly Fact[]
}

/**
 * What the room sees, readable from the back at 1920×1080: the inject, the clock, the
 * threat level and the materials. It takes only public props: private data cannot leak in.
 */
export function ProjectorView({
  title,
  inject,
  clock,
  threat,
  ended,
  notes,
  facts,
}: ProjectorProps) {
  return (
    <main className="projector" aria-label="Projector view">
      <header className="projector-bar">
        <span className="projector-scenario">{title}</span>
        <span
          className="projector-clock"
          role="timer"
          aria-label={`Scenario clock ${toClock(clock)}`}
        >
          <ClockIcon /> {toClock(clock)}
        </span>
        <ThreatBadge level={threat} size="large" />
      </header>
      {ended ? (
        <h1 className="projector-title">Play has ended: debrief</h1>
      ) : (
        <article className="projector-inject">
          <h1 className="projector-title">{inject.title}</h1>
          {inject.narrative !== undefined && (
            <p className="projector-narrative">{inject.narrative}</p>
          )}
          <div className="projector-materials">
            {(inject.materials ?? []).map((material, i) => (
              <MaterialCard key={i} material={material} />
            ))}
          </div>
          {notes !== undefined && (
            <aside className="projector-shown" aria-label="Shown by the facilitator">
              <p>{notes}</p>
            </aside>
          )}
          {facts.length > 0 && (
            <aside className="projector-shown" aria-label="Facts shown by the facilitator">
              <ul>
                {facts.map((fact) => (
                  <li key={fact.id}>{fact.text}</li>
                ))}
              </ul>
            </aside>
          )}
        </article>
      )}
    </main>
  )
}
