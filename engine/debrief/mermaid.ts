/**
 * The information flow as a Mermaid sequence diagram: who told whom what. Flagged edges
 * use the cross arrow (`-x`) and a "FLAGGED" label. Participants get generated ids
 * (p1, p2…) so no role id or title can collide with Mermaid's keywords. Arrows are
 * labelled with the facts' texts, shortened, one fact a line (Mermaid's `<br/>`, the only
 * markup a label carries: every text in it is escaped), never with fact ids.
 */
import { escapeMermaid } from './escape'
import { roleName, shortFactName, type Names } from './names'
import type { Debrief } from './schema'

export function flowDiagram(debrief: Debrief, names: Names): string {
  const participants = new Map<string, string>()
  const idOf = (role: string): string => {
    const existing = participants.get(role)
    if (existing !== undefined) return existing
    const id = `p${participants.size + 1}`
    participants.set(role, id)
    return id
  }
  const messages = debrief.flow.map((edge) => {
    const from = idOf(edge.from)
    const to = idOf(edge.to)
    const facts = edge.facts.map((fact) => escapeMermaid(shortFactName(names, fact)))
    const head = escapeMermaid(edge.flagged ? `FLAGGED ${edge.at}` : edge.at)
    const label = [`${head} ${facts[0] ?? ''}`.trimEnd(), ...facts.slice(1)].join('<br/>')
    return `  ${from}${edge.flagged ? '-x' : '->>'}${to}: ${label}`
  })
  const declared = [...participants].map(
    ([role, id]) => `  participant ${id} as ${escapeMermaid(roleName(names, role))}`,
  )
  return [
    'sequenceDiagram',
    `  title ${escapeMermaid(`Who told whom what: ${debrief.scenario.title}`)}`,
    ...declared,
    ...(messages.length > 0 ? messages : []),
  ].join('\n')
}
