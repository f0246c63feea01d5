/**
 * Who can know what, where (the warnings of docs/format.md): a fact no inject ever reveals
 * can never be shared; an option that shares a fact its role was not revealed on any path
 * to the inject is legal (someone may have told them) but often an authoring slip.
 */
import { warning, type Finding } from './finding'
import type { FlowGraph } from './flow-graph'
import type { Inject, Scenario } from './schema'

/** `role\u0000fact`: one entry of "this role was revealed this fact". */
type Pair = string
const pair = (role: string, fact: string): Pair => `${role}\u0000${fact}`

export function checkKnowledge(scenario: Scenario, graph: FlowGraph): Finding[] {
  return [...checkNeverRevealed(scenario), ...checkSharedUnrevealed(scenario, graph)]
}

function checkNeverRevealed(scenario: Scenario): Finding[] {
  const revealed = new Set<string>()
  for (const inject of scenario.injects) {
    for (const facts of Object.values(inject.reveal ?? {})) for (const f of facts) revealed.add(f)
  }
  const findings: Finding[] = []
  scenario.facts.forEach((fact, f) => {
    if (revealed.has(fact.id)) return
    const message = `fact "${fact.id}" is never revealed to anyone: no inject's "reveal" lists it, so no role can know or share it`
    findings.push(warning(['facts', f, 'id'], message))
  })
  return findings
}

/**
 * For each reachable inject, the (role, fact) pairs revealed on some path from the first
 * inject to it, inclusive: a forward fixpoint over the graph (the sets only grow, so each
 * inject is revisited only when a predecessor's set grew).
 */
export function revealedOnPaths(scenario: Scenario, graph: FlowGraph): Map<number, Set<Pair>> {
  const known = new Map<number, Set<Pair>>()
  for (const i of graph.reachable) known.set(i, revealedAt(scenario.injects[i]))
  // Every reachable inject passes its own reveals on at least once; after that only when
  // its set grew.
  const queue = [...graph.reachable]
  const queued = new Set(queue)
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head] ?? 0
    queued.delete(i)
    const here = known.get(i) ?? new Set()
    for (const edge of graph.outgoing[i] ?? []) {
      const there = known.get(edge.to) ?? new Set()
      const before = there.size
      for (const entry of here) there.add(entry)
      known.set(edge.to, there)
      if (there.size > before && !queued.has(edge.to)) {
        queue.push(edge.to)
        queued.add(edge.to)
      }
    }
  }
  return known
}

function revealedAt(inject: Inject | undefined): Set<Pair> {
  const pairs = new Set<Pair>()
  for (const [role, facts] of Object.entries(inject?.reveal ?? {})) {
    for (const fact of facts) pairs.add(pair(role, fact))
  }
  return pairs
}

function checkSharedUnrevealed(scenario: Scenario, graph: FlowGraph): Finding[] {
  const known = revealedOnPaths(scenario, graph)
  // An unknown fact is already an error; a warning about it would only repeat it.
  const facts = new Set(scenario.facts.map((fact) => fact.id))
  const findings: Finding[] = []
  for (const [i, pairs] of known) {
    const inject = scenario.injects[i]
    inject?.decisions?.forEach((decision, d) => {
      decision.options.forEach((option, o) => {
        option.events.forEach((event, e) => {
          if (event.type !== 'share') return
          event.facts.forEach((fact, f) => {
            if (!facts.has(fact) || pairs.has(pair(decision.role, fact))) return
            const message = `option "${option.id}" shares fact "${fact}", but no path to inject "${inject.id}" reveals it to role "${decision.role}"; legal if someone tells them first, but worth a look`
            const path = ['injects', i, 'decisions', d, 'options', o, 'events', e, 'facts', f]
            findings.push(warning(path, message))
          })
        })
      })
    })
  }
  return findings
}
