import type { LogEvent } from '../../../engine/exercise/log'

interface Props {
  readonly events: readonly LogEvent[]
  /** Keep only the first `count` events. */
  readonly onRewind: (count: number) => void
}

/** The playtest's log; any event can be taken back, with everything after it. */
export function EventList({ events, onRewind }: Props) {
  return (
    <section aria-label="Events played">
      <h4>Events played: {events.length}</h4>
      <ol className="studio-events">
        {events.map((event, index) => (
          <li key={index}>
            <code>{describe(event)}</code>{' '}
            <button
              type="button"
              onClick={() => {
                onRewind(index)
              }}
              aria-label={`Back to before event ${index}: ${describe(event)}`}
            >
              ↶ Back to before this
            </button>
          </li>
        ))}
      </ol>
    </section>
  )
}

function describe(event: LogEvent): string {
  const t = event.t === undefined ? '' : `${event.t} `
  switch (event.type) {
    case 'decide':
      return `${t}${event.role} chose ${event.option}`
    case 'share':
      return `${t}${event.from} → ${event.to.join(', ')}: ${event.facts.join(', ')}`
    case 'statement':
      return `${t}${event.from} said "${event.text}"`
    case 'act':
      return `${t}${event.role} did ${event.action}`
    case 'decline':
      return `${t}${event.role} declined to share ${event.facts.join(', ')}`
    case 'note':
      return `${t}note: ${event.text}`
    case 'observe':
      return `${t}observation: ${event.text}`
    case 'advance':
      return `${t}advance`
    case 'end':
      return `${t}end`
  }
}
