/** The debrief: model, builder and renderers (JSON, Markdown with Mermaid, HTML). */
export { buildDebrief, objectiveMet, WEBINAR_QUESTIONS } from './build'
export { Debrief, DEBRIEF_FORMAT, FlowEntry, TimelineEntry, type TimelineKind } from './schema'
export { renderJson } from './json'
export { renderMarkdown } from './markdown'
export { renderHtml } from './html'
export { namesOf, NO_NAMES, type Names } from './names'
export { escapeHtml, escapeMarkdown, escapeMermaid } from './escape'
