import { useRef } from 'react'
import { toClock } from '../../engine/scenario/clock'
import { MaterialCard } from '../materials/MaterialCard'
import { ClockIcon } from '../ui/ClockIcon'
import { ThreatBadge } from '../ui/ThreatBadge'
import type { ProjectorState } from './projector-state'
import { useFit } from './use-fit'

/**
 * What the room sees, readable from the back and fitted to the screen like a slide: the
 * inject, the clock, the threat level, whose turn it is and the materials. It takes only a
 * ProjectorState, which holds nothing private unless the facilitator chose to show it.
 */
export function ProjectorView({ state }: { state: ProjectorState }) {
  const content = useRef<HTMLElement>(null)
  useFit(content, state)
  const { inject } = state
  return (
    <main className="projector" aria-label="Projector view">
      <header className="projector-bar">
        <span className="projector-scenario">{state.scenarioTitle}</span>
        <span
          className="projector-clock"
          role="timer"
          aria-label={`Scenario clock ${toClock(state.clock)}`}
        >
          <ClockIcon /> {toClock(state.clock)}
        </span>
        <ThreatBadge level={state.threat} size="large" />
      </header>
      {state.ended ? (
        <h1 className="projector-title">Play has ended: debrief</h1>
      ) : (
        <article className="projector-inject" ref={content}>
          <h1 className="projector-title">{inject.title}</h1>
          {inject.narrative !== undefined && (
            <p className="projector-narrative">{inject.narrative}</p>
          )}
          {state.decisions.length > 0 && (
            <section className="projector-turn" aria-label="Whose turn">
              {state.decisions.map((decision, i) => (
                <p key={i}>
                  <strong>{decision.role}:</strong> {decision.prompt}
                </p>
              ))}
            </section>
          )}
          {state.notes !== undefined && (
            <aside className="projector-shown" aria-label="Shown by the facilitator">
              <p>{state.notes}</p>
            </aside>
          )}
          {state.facts.length > 0 && (
            <aside className="projector-shown" aria-label="Facts shown by the facilitator">
              <ul>
                {state.facts.map((fact, i) => (
                  <li key={i}>{fact}</li>
                ))}
              </ul>
            </aside>
          )}
          {inject.materials.length > 0 && (
            <div className="projector-materials">
              {inject.materials.map((material, i) => (
                <MaterialCard key={i} material={material} />
              ))}
            </div>
          )}
        </article>
      )}
    </main>
  )
}
