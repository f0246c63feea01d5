/**
 * What `ttx play` writes: the debrief (`ttx-debrief/1`) of the replayed log, scored under
 * the chosen policy profile, as JSON, Markdown or standalone HTML.
 */
import {
  buildDebrief,
  namesOf,
  renderHtml,
  renderJson,
  renderMarkdown,
  type Debrief,
  type Names,
} from '../debrief'
import type { Replay } from '../exercise/replay-types'
import type { Policy } from '../policy'
import { score } from '../scoring'

export const PLAY_FORMATS = ['json', 'md', 'html'] as const
export type PlayFormat = (typeof PLAY_FORMATS)[number]

/** The debrief and the names to render it with: all rendering needs of the replay. */
export interface PlayDebrief {
  readonly debrief: Debrief
  readonly names: Names
}

export function buildPlayDebrief(replay: Replay, policy: Policy): PlayDebrief {
  return {
    debrief: buildDebrief(replay, policy, score(replay, policy)),
    names: namesOf(replay.index.scenario),
  }
}

export function renderPlayOutput({ debrief, names }: PlayDebrief, format: PlayFormat): string {
  switch (format) {
    case 'json':
      return renderJson(debrief)
    case 'md':
      return renderMarkdown(debrief, names)
    case 'html':
      return renderHtml(debrief, names)
  }
}
