/**
 * A scenario's injects as a Mermaid `flowchart TD`, for `ttx graph`, the debrief and
 * documentation. One node per inject (title, time, threat level), one edge per way on:
 * a plain arrow for `next: <id>`, a labelled arrow per branch, "otherwise" for the fallback.
 * Conditions are worded by the studio's `describeBranch`, so the studio graph and this one
 * always say the same thing. Each `avoid` expectation is a dashed hexagon hanging from the
 * inject it applies from (the first inject when it names none). Pure: no I/O.
 */
import { DEFAULT_ACTIONS } from './catalog'
import { describeBranch, describeCondition } from './condition-words'
import type { Expectation, Inject, Scenario, ThreatLevel } from './schema'

/** Edge labels longer than this are cut with an ellipsis; the YAML has the full condition. */
export const MAX_EDGE_LABEL = 60

export function scenarioToMermaid(scenario: Scenario): string {
  const levels = threatLevels(scenario.injects)
  const lines = [`%% ${oneLine(scenario.title)} (${scenario.id})`, 'flowchart TD']
  for (const inject of scenario.injects) {
    lines.push(`  ${nodeId(inject.id)}${shape(inject, levels.get(inject.id) ?? new Set())}`)
  }
  for (const inject of scenario.injects) lines.push(...edges(inject))
  lines.push(...avoidNotes(scenario))
  lines.push(
    '  classDef threat0 fill:#eef6ee,stroke:#4a7a4a',
    '  classDef threat1 fill:#fdf6e3,stroke:#9a7b20',
    '  classDef threat2 fill:#fde9d9,stroke:#b35c1e',
    '  classDef threat3 fill:#fadadd,stroke:#a1262f,stroke-width:2px',
    '  classDef avoid fill:#ffffff,stroke:#a1262f,stroke-dasharray:4 3',
  )
  for (const inject of scenario.injects) {
    const highest = Math.max(...(levels.get(inject.id) ?? new Set([0])))
    lines.push(`  class ${nodeId(inject.id)} threat${highest}`)
  }
  return `${lines.join('\n')}\n`
}

/**
 * A Mermaid-safe node id. Inject ids are kebab-case, which Mermaid can misread (`end` is a
 * keyword, `-` starts an arrow), so they are prefixed and their dashes become underscores;
 * kebab-case ids never contain underscores, so this stays one to one.
 */
export function nodeId(injectId: string): string {
  return `i_${injectId.replace(/[^a-zA-Z0-9]/g, '_')}`
}

/**
 * Text safe inside a quoted Mermaid label: `#` (which starts an entity), quotes, brackets,
 * braces, pipes and angle brackets become Mermaid entity codes (`"` is `#34;`); line breaks
 * become spaces. Parentheses stay as they are: inside quotes Mermaid reads them as text.
 */
export function escapeLabel(text: string): string {
  return oneLine(text).replace(/[#"[\]{}|<>]/g, (ch) => `#${String(ch.charCodeAt(0))};`)
}

function shape(inject: Inject, levels: ReadonlySet<ThreatLevel>): string {
  const label = `"${escapeLabel(inject.title)}<br/>${inject.at} · threat ${levelText(levels)}"`
  // Injects that end play are drawn as stadiums, so the endings stand out.
  return inject.next === undefined ? `([${label}])` : `[${label}]`
}

function levelText(levels: ReadonlySet<ThreatLevel>): string {
  const sorted = [...levels].sort()
  if (sorted.length === 0) return '?'
  const low = sorted[0]
  const high = sorted[sorted.length - 1]
  return low === high ? String(low) : `${String(low)}–${String(high)}`
}

function edges(inject: Inject): string[] {
  const from = nodeId(inject.id)
  const { next } = inject
  if (next === undefined) return []
  if (typeof next === 'string') return [`  ${from} --> ${nodeId(next)}`]
  return next.map(
    (branch) =>
      `  ${from} -->|"${escapeLabel(shorten(describeBranch(branch)))}"| ${nodeId(branch.goto)}`,
  )
}

/** What the protocol forbids, attached to where it starts to apply. */
function avoidNotes(scenario: Scenario): string[] {
  const first = scenario.injects[0]?.id
  const labels = new Map([...DEFAULT_ACTIONS, ...scenario.actions].map((a) => [a.id, a.label]))
  return scenario.expectations.flatMap((expectation) => {
    const { avoid } = expectation
    const at = expectation.from ?? first
    if (avoid === undefined || at === undefined) return []
    const node = `x_${expectation.id.replace(/[^a-zA-Z0-9]/g, '_')}`
    const label = avoidLabel(expectation, labels.get(avoid.action) ?? avoid.action)
    return [
      `  ${node}{{"${escapeLabel(label)}"}}`,
      `  ${nodeId(at)} -.- ${node}`,
      `  class ${node} avoid`,
    ]
  })
}

function avoidLabel(expectation: Expectation, action: string): string {
  const when = expectation.when === undefined ? '' : ` while ${describeCondition(expectation.when)}`
  const basis =
    expectation.basis === undefined ? '' : ` (${expectation.basis.trim().split(/\s/)[0] ?? ''})`
  return `Avoid: ${shorten(action + when)}${basis}`
}

function shorten(text: string): string {
  return text.length <= MAX_EDGE_LABEL ? text : `${text.slice(0, MAX_EDGE_LABEL - 1)}…`
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * The threat levels an inject can have. An inject without `threat` keeps the level of the
 * inject before it, which depends on the path taken; this collects every possibility by
 * propagating levels along the edges until nothing changes (the first inject starts at 0).
 */
export function threatLevels(injects: readonly Inject[]): Map<string, Set<ThreatLevel>> {
  const byId = new Map(injects.map((i) => [i.id, i]))
  const levels = new Map<string, Set<ThreatLevel>>(injects.map((i) => [i.id, new Set()]))
  const first = injects[0]
  if (first === undefined) return levels
  const queue: [string, ThreatLevel][] = [[first.id, 0]]
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    const [id, before] = item
    const inject = byId.get(id)
    const seen = levels.get(id)
    if (inject === undefined || seen === undefined) continue
    const level = inject.threat ?? before
    if (seen.has(level)) continue
    seen.add(level)
    for (const target of successors(inject)) queue.push([target, level])
  }
  return levels
}

function successors(inject: Inject): string[] {
  const { next } = inject
  if (next === undefined) return []
  return typeof next === 'string' ? [next] : next.map((b) => b.goto)
}
