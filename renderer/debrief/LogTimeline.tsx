import type { Log, LogEvent } from '../../engine/exercise/log'
import type { Scenario } from '../../engine/scenario/schema'

/** The log, event by event, in words: what the table did and when. */
export function LogTimeline({ scenario, log }: { scenario: Scenario; log: Log }) {
  const title = (id: string) => scenario.roles.find((r) => r.id === id)?.title ?? id
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">What happened</h2>
      <ol className="log-timeline">
        {log.events.map((event, i) => (
          <li key={i}>
            <span className="when">{event.t ?? '—'}</span> {describe(event, title)}
          </li>
        ))}
      </ol>
    </section>
  )
}

function describe(event: LogEvent, title: (id: string) => string): string {
  switch (event.type) {
    case 'share':
      return `${title(event.from)} shared ${event.facts.join(', ')} with ${event.to.map(title).join(', ')} (as ${event.label ?? 'confirmed'})`
    case 'statement':
      return `${title(event.from)} told ${event.to.map(title).join(', ')}: “${event.text}” (${event.certainty})`
    case 'decide':
      return `${title(event.role)} chose “${event.option}”`
    case 'act':
      return `${title(event.role)} took action ${event.action}`
    case 'decline':
      return `${title(event.role)} declined to share ${event.facts.join(', ')} (${event.reason})`
    case 'advance':
      return 'Next inject'
    case 'note':
      return `Note: ${event.text}`
    case 'observe':
      return `Observation${event.by === undefined ? '' : ` by ${event.by}`}: ${event.text}`
    case 'end':
      return 'Play ended'
  }
}
