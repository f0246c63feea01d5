/**
 * What `ttx play` prints. For now the timeline of the replay (injects entered, events
 * applied); the lead swaps in the debrief here once scoring lands, keeping the signature.
 */
import { toClock } from '../scenario/clock'
import type { AppliedEvent, Replay } from '../exercise/replay-types'

export const PLAY_FORMATS = ['json', 'md', 'html'] as const
export type PlayFormat = (typeof PLAY_FORMATS)[number]

export interface TimelineItem {
  readonly at: string
  readonly kind: 'inject' | 'event'
  /** The inject's id, or the event's type. */
  readonly id: string
  /** The log index, for events. */
  readonly index?: number
  readonly text: string
}

export function renderPlayOutput(replay: Replay, format: PlayFormat): string {
  const items = timeline(replay)
  switch (format) {
    case 'json':
      return `${JSON.stringify({ scenario: replay.log.scenario, end: endOf(replay), timeline: items }, null, 2)}\n`
    case 'md':
      return markdown(replay, items)
    case 'html':
      return html(replay, items)
  }
}

/** Injects and events in the order they happened. */
export function timeline(replay: Replay): TimelineItem[] {
  const { index } = replay
  const inject = (position: number): TimelineItem[] => {
    const entry = replay.injects[position]
    if (entry === undefined) return []
    const title = index.injects.get(entry.inject)?.title ?? entry.inject
    return [{ at: toClock(entry.at), kind: 'inject', id: entry.inject, text: title }]
  }
  const items = inject(0)
  let entered = 1
  for (const event of replay.applied) {
    items.push({
      at: toClock(event.at),
      kind: 'event',
      id: event.type,
      index: event.index,
      text: describe(event),
    })
    if (event.type === 'advance' && event.entered !== undefined) items.push(...inject(entered++))
  }
  return items
}

function describe(event: AppliedEvent): string {
  const via = event.via === undefined ? '' : ` (option "${event.via.option}")`
  switch (event.type) {
    case 'share':
      return `${event.from} shares ${event.facts.join(', ')} with ${event.to.join(', ')} as ${event.label}${via}`
    case 'statement':
      return `${event.from} tells ${event.to.join(', ')}: "${event.text}" (${event.certainty})${via}`
    case 'decide':
      return `${event.role} chooses "${event.option}"`
    case 'act':
      return `${event.role}: ${event.action} (level ${event.level})${via}`
    case 'decline':
      return `${event.role} declines to share ${event.facts.join(', ')} with ${event.to.join(', ')} (${event.reason})${via}`
    case 'advance':
      return event.entered === undefined
        ? 'advance: the last inject is left'
        : `advance to ${event.entered}`
    case 'note':
      return `note: ${event.text}${via}`
    case 'end':
      return 'end of play'
  }
}

function endOf(replay: Replay): { at: string; reason: string } {
  return { at: toClock(replay.end.at), reason: replay.end.reason }
}

function markdown(replay: Replay, items: readonly TimelineItem[]): string {
  const title = replay.index.scenario.title
  const rows = items.map((item) =>
    item.kind === 'inject'
      ? `| ${item.at} | | **${cell(item.text)}** |`
      : `| ${item.at} | ${String(item.index)} | ${cell(item.text)} |`,
  )
  const { at, reason } = endOf(replay)
  return [
    `# ${title}`,
    '',
    '| at | event | what happened |',
    '|---|---|---|',
    ...rows,
    '',
    `Play: ${reason} at ${at}.`,
    '',
  ].join('\n')
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function html(replay: Replay, items: readonly TimelineItem[]): string {
  const title = escapeHtml(replay.index.scenario.title)
  const rows = items.map((item) =>
    item.kind === 'inject'
      ? `<tr class="inject"><td>${item.at}</td><td></td><th scope="row">${escapeHtml(item.text)}</th></tr>`
      : `<tr><td>${item.at}</td><td>${String(item.index)}</td><td>${escapeHtml(item.text)}</td></tr>`,
  )
  const { at, reason } = endOf(replay)
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><h1>${title}</h1>
<table><thead><tr><th>at</th><th>event</th><th>what happened</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
<p>Play: ${reason} at ${at}.</p>
</body></html>
`
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
