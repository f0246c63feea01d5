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
  return [...flowDiagramLines(debrief, names)].join('\n')
}

/**
 * The diagram line by line, each made only when read: a long exercise has a line for every
 * share, and the command line writes them out without holding them all (see markdown.ts).
 */
export function* flowDiagramLines(debrief: Debrief, names: Names): Generator<string> {
  // Participants are declared before the messages that use them, numbered as first met.
  const participants = new Map<string, string>()
  for (const edge of debrief.flow) {
    for (const role of [edge.from, edge.to]) {
      if (!participants.has(role)) participants.set(role, `p${participants.size + 1}`)
    }
  }
  const idOf = (role: string): string => participants.get(role) ?? role
  yield 'sequenceDiagram'
  yield `  title ${escapeMermaid(`Who told whom what: ${debrief.scenario.title}`)}`
  for (const [role, id] of participants) {
    yield `  participant ${id} as ${escapeMermaid(roleName(names, role))}`
  }
  for (const edge of debrief.flow) {
    const from = idOf(edge.from)
    const to = idOf(edge.to)
    const facts = edge.facts.map((fact) => escapeMermaid(shortFactName(names, fact)))
    const head = escapeMermaid(edge.flagged ? `FLAGGED ${edge.at}` : edge.at)
    const label = [`${head} ${facts[0] ?? ''}`.trimEnd(), ...facts.slice(1)].join('<br/>')
    yield `  ${from}${edge.flagged ? '-x' : '->>'}${to}: ${label}`
  }
}
