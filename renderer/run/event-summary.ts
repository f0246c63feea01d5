/**
 * One log event in the words a facilitator reads on the console: who, to whom, what, when,
 * with the scenario's titles and texts, never its ids. `advance` names the inject it left,
 * which is why a whole log is summarised at once (the inject of each moment is known only
 * in order).
 */
import type { LogEvent } from '../../engine/exercise/log'
import { indexScenario } from '../../engine/scenario/scenario-index'
import type { Scenario } from '../../engine/scenario/schema'

export interface EventSummary {
  /** Position in the log (0-based). */
  readonly index: number
  readonly when?: string
  readonly who?: string
  readonly whom?: string
  readonly what: string
}

const REASONS = { privacy: 'privacy', 'not-my-role': 'not my role', unsure: 'unsure' } as const

/** Every event of `events` in play order; `injects` is the inject current at each event. */
export function summariseEvents(
  scenario: Scenario,
  events: readonly LogEvent[],
  injects: readonly string[],
): EventSummary[] {
  const index = indexScenario(scenario)
  const role = (id: string) => scenario.roles.find((r) => r.id === id)?.title ?? id
  const roles = (ids: readonly string[]) => ids.map(role).join(', ')
  const fact = (id: string) => quote(scenario.facts.find((f) => f.id === id)?.text ?? id)
  const facts = (ids: readonly string[]) => ids.map(fact).join('; ')
  const inject = (id: string | undefined) =>
    id === undefined ? undefined : index.injects.get(id)?.title
  return events.map((event, at) => {
    const base = { index: at, ...(event.t === undefined ? {} : { when: event.t }) }
    switch (event.type) {
      case 'share':
        return {
          ...base,
          who: role(event.from),
          whom: roles(event.to),
          what: `shared ${facts(event.facts)}${event.label === undefined ? '' : ` (as ${event.label})`}`,
        }
      case 'statement':
        return {
          ...base,
          who: role(event.from),
          whom: roles(event.to),
          what: `said ${quote(event.text)} (${event.certainty})`,
        }
      case 'decline':
        return {
          ...base,
          who: role(event.role),
          whom: roles(event.to),
          what: `declined to share ${facts(event.facts)} (${REASONS[event.reason]})`,
        }
      case 'decide': {
        const decision = index.injects
          .get(event.inject)
          ?.decisions?.find((d) => d.role === event.role)
        const option = decision?.options.find((o) => o.id === event.option)?.label ?? event.option
        return { ...base, who: role(event.role), what: `chose ${quote(option)}` }
      }
      case 'act': {
        const action = index.actions.get(event.action)?.label ?? event.action
        return { ...base, who: role(event.role), what: `took action: ${action}` }
      }
      case 'note':
        return { ...base, what: `Note: ${event.text === '' ? '(empty)' : event.text}` }
      case 'advance': {
        const left = inject(injects[at])
        return { ...base, what: left === undefined ? 'Next inject' : `Left “${left}”` }
      }
      case 'end':
        return { ...base, what: 'Play ended' }
    }
  })
}

/** One line: "07:36 Principal → Counselor, SRO: shared “…”". */
export function summaryLine(summary: EventSummary): string {
  const when = summary.when === undefined ? '' : `${summary.when} `
  const who =
    summary.who === undefined
      ? ''
      : summary.whom === undefined
        ? `${summary.who} `
        : `${summary.who} → ${summary.whom}: `
  return `${when}${who}${summary.what}`
}

function quote(text: string): string {
  const short = text.length > 80 ? `${text.slice(0, 79)}…` : text
  return `“${short}”`
}
