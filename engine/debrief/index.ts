/** The debrief: model, builder and renderers (JSON, Markdown with Mermaid, HTML). */
export { buildDebrief, WEBINAR_QUESTIONS, type DebriefOptions } from './build'
export { rateObjectives, type Evaluation, type EvaluatorRating } from './objectives'
export {
  Debrief,
  DebriefObjective,
  DEBRIEF_FORMAT,
  FlowEntry,
  Rating,
  RATINGS,
  TimelineEntry,
  type TimelineKind,
} from './schema'
export { renderJson } from './json'
export { markdownLines, renderMarkdown } from './markdown'
export { renderHtml } from './html'
export { namesOf, NO_NAMES, type Names } from './names'
export { escapeHtml, escapeMarkdown, escapeMermaid } from './escape'
