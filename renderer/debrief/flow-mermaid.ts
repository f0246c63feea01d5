/**
 * The information flow as a Mermaid sequence diagram: one arrow per share, a crossed
 * arrow and a "FLAGGED" label for a flagged one (so it reads without colour).
 */
import type { Debrief } from '../../engine/debrief/schema'
import type { Scenario } from '../../engine/scenario/schema'

export function flowMermaid(debrief: Debrief, scenario: Scenario): string {
  const used = new Set(debrief.flow.flatMap((edge) => [edge.from, edge.to]))
  const participants = scenario.roles
    .filter((role) => used.has(role.id))
    .map((role) => `  participant ${role.id} as ${clean(role.title)}`)
  const arrows = debrief.flow.map((edge) => {
    const facts = edge.facts.join(', ')
    return edge.flagged
      ? `  ${edge.from}-x${edge.to}: ${edge.at} FLAGGED ${facts}`
      : `  ${edge.from}->>${edge.to}: ${edge.at} ${facts}`
  })
  return ['sequenceDiagram', ...participants, ...arrows].join('\n')
}

/** Mermaid's sequence syntax gives meaning to ; # : and line breaks in names. */
function clean(text: string): string {
  return text.replace(/[;#:\n]/g, ' ')
}
