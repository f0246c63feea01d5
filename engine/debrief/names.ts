/**
 * Display names for the renderers: a debrief holds ids, the scenario holds the titles.
 * Without names the renderers fall back to the ids. Wherever a person reads, a role is
 * named by its title, a fact by its text and a rule by its words, never by an id.
 */
import type { Rule } from '../scoring/flag'
import type { Scenario } from '../scenario/schema'

export interface Names {
  readonly roles: Readonly<Record<string, string>>
  readonly facts: Readonly<Record<string, string>>
}

export const NO_NAMES: Names = { roles: {}, facts: {} }

export function namesOf(scenario: Scenario): Names {
  return {
    roles: Object.fromEntries(scenario.roles.map((r) => [r.id, r.title])),
    facts: Object.fromEntries(scenario.facts.map((f) => [f.id, f.text])),
  }
}

export function roleName(names: Names, id: string): string {
  return names.roles[id] ?? id
}

/** A fact by its text (a fact has no other title), on one line, trailing period dropped. */
export function factName(names: Names, id: string): string {
  const text = names.facts[id]
  return text === undefined ? id : text.replace(/\s+/g, ' ').trim().replace(/\.$/, '')
}

/** The facts of a share or decline, each quoted: “one”, “two”. */
export function factNames(names: Names, ids: readonly string[]): string {
  return ids.map((id) => `“${factName(names, id)}”`).join(', ')
}

/**
 * A fact's text cut at a word boundary to about `max` characters, for a label that must
 * stay narrow (the flow diagram's arrows); the full text is in the list beside it.
 */
export function shortFactName(names: Names, id: string, max = 48): string {
  const text = factName(names, id)
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`
}

/** Each rule in words, as the room reads it (docs/scoring.md names the rules). */
export const RULE_TITLES: Readonly<Record<Rule, string>> = {
  speculation: 'Speculation',
  'over-sharing': 'Over-sharing',
  'under-sharing': 'Under-sharing',
  'slow-escalation': 'Slow escalation',
  'unclear-message': 'Unclear message',
  overreaction: 'Overreaction',
  'undocumented-disclosure': 'Undocumented disclosure',
  'protocol-breach': 'Protocol breach',
}
