/**
 * The order of play (docs/format.md): the clock starts at the first inject, never runs
 * backwards along a `next` or `goto`, the fallback branch comes last, and every inject
 * should be reachable from the first.
 */
import { toMinute } from './clock'
import { error, warning, type Finding } from './finding'
import type { FlowGraph } from './flow-graph'
import type { Scenario } from './schema'

export function checkFlow(scenario: Scenario, graph: FlowGraph): Finding[] {
  return [
    ...checkStart(scenario),
    ...checkTimeOrder(scenario, graph),
    ...checkFallbacks(scenario),
    ...checkReachable(scenario, graph),
  ]
}

function checkStart(scenario: Scenario): Finding[] {
  const first = scenario.injects[0]
  if (first === undefined || toMinute(first.at) >= toMinute(scenario.start)) return []
  const message = `the first inject "${first.id}" is at ${first.at}, before the scenario's start ${scenario.start}; play starts with the first inject, so its "at" cannot be earlier than "start"`
  return [error(['injects', 0, 'at'], message)]
}

function checkTimeOrder(scenario: Scenario, graph: FlowGraph): Finding[] {
  const findings: Finding[] = []
  for (const edge of graph.edges) {
    const from = scenario.injects[edge.from]
    const to = scenario.injects[edge.to]
    if (from === undefined || to === undefined || toMinute(to.at) >= toMinute(from.at)) continue
    const message = `inject "${to.id}" (at ${to.at}) follows inject "${from.id}" (at ${from.at}) here but is earlier; the clock never runs backwards, so make "${to.id}" later or lead elsewhere`
    findings.push(error(edge.path, message))
  }
  return findings
}

function checkFallbacks(scenario: Scenario): Finding[] {
  const findings: Finding[] = []
  scenario.injects.forEach((inject, i) => {
    const branches = Array.isArray(inject.next) ? inject.next : []
    branches.forEach((branch, b) => {
      if (branch.when !== undefined || b === branches.length - 1) return
      const message = `branch ${b + 1} of inject "${inject.id}" has no "when", so it is the fallback and must come last; the branches after it would never be tried`
      findings.push(error(['injects', i, 'next', b], message))
    })
  })
  return findings
}

function checkReachable(scenario: Scenario, graph: FlowGraph): Finding[] {
  const reached = new Set(graph.reachable)
  const first = scenario.injects[0]?.id ?? ''
  const findings: Finding[] = []
  scenario.injects.forEach((inject, i) => {
    if (reached.has(i)) return
    const message = `inject "${inject.id}" is never reached: no "next" or branch leads to it from the first inject "${first}"`
    findings.push(warning(['injects', i, 'id'], message))
  })
  return findings
}
