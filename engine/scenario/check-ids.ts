/**
 * Ids are unique within their list (docs/format.md), and option ids within their decision: a
 * duplicate would make every reference to it ambiguous.
 */
import { error, type Finding } from './finding'
import type { Scenario } from './schema'
import type { DataPath } from './yaml-source'

const LISTS = [
  ['objectives', 'objective'],
  ['roles', 'role'],
  ['people', 'person'],
  ['facts', 'fact'],
  ['actions', 'action'],
  ['injects', 'inject'],
  ['expectations', 'expectation'],
] as const

export function checkIds(scenario: Scenario): Finding[] {
  const findings: Finding[] = []
  for (const [list, noun] of LISTS) {
    findings.push(...duplicates(scenario[list], [list], `${noun} id`, `"${list}"`))
  }
  scenario.injects.forEach((inject, i) => {
    inject.decisions?.forEach((decision, d) => {
      const path = ['injects', i, 'decisions', d, 'options']
      const place = `decision ${d + 1} of inject "${inject.id}"`
      findings.push(...duplicates(decision.options, path, 'option id', place))
    })
  })
  return findings
}

function duplicates(
  items: readonly { readonly id: string }[],
  listPath: DataPath,
  what: string,
  place: string,
): Finding[] {
  const first = new Map<string, number>()
  const findings: Finding[] = []
  items.forEach((item, index) => {
    const earlier = first.get(item.id)
    if (earlier === undefined) {
      first.set(item.id, index)
      return
    }
    const message = `duplicate ${what} "${item.id}" in ${place}: ids must be unique; rename one`
    findings.push({
      ...error([...listPath, index, 'id'], message),
      related: [...listPath, earlier, 'id'],
    })
  })
  return findings
}
