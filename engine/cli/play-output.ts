/**
 * What `ttx play` writes: the debrief (`ttx-debrief/1`) of the replayed log, scored under
 * the chosen policy profile, as JSON, Markdown or standalone HTML.
 */
import { buildDebrief, namesOf, renderHtml, renderJson, renderMarkdown } from '../debrief'
import type { Replay } from '../exercise/replay-types'
import type { Policy } from '../policy'
import { score } from '../scoring'

export const PLAY_FORMATS = ['json', 'md', 'html'] as const
export type PlayFormat = (typeof PLAY_FORMATS)[number]

export function renderPlayOutput(replay: Replay, policy: Policy, format: PlayFormat): string {
  const debrief = buildDebrief(replay, policy, score(replay, policy))
  const names = namesOf(replay.index.scenario)
  switch (format) {
    case 'json':
      return renderJson(debrief)
    case 'md':
      return renderMarkdown(debrief, names)
    case 'html':
      return renderHtml(debrief, names)
  }
}
