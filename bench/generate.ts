/**
 * Deterministic large scenarios and valid logs for the benchmarks (and property tests):
 * the same arguments always give the same scenario and log. The log is valid by
 * construction: the generator tracks who knows what, shares only known facts, takes
 * each decision once while its inject is current and never moves the clock backwards.
 */
import { toClock, toMinute } from '../engine/scenario/clock'
import type { Id, Inject, Role, Scenario } from '../engine/scenario/schema'
import type { Log, LogEvent } from '../engine/exercise/log'

export interface ScenarioSize {
  readonly roles: number
  readonly facts: number
  readonly injects: number
}

const START = '00:00'
/** Minutes between injects; the day must fit 24 hours, so many injects get them closer. */
const spacing = (injects: number): number => Math.max(1, Math.floor(1380 / injects))
const ACTIONS = ['monitor', 'document', 'convene-team', 'interview', 'refer', 'search'] as const

const roleId = (n: number): Id => `role-${n}`
const factId = (n: number): Id => `fact-${n}`
const injectId = (n: number): Id => `inject-${n}`

export function generateScenario(size: ScenarioSize): Scenario {
  const roles: Role[] = Array.from({ length: size.roles }, (_, n) => ({
    id: roleId(n),
    title: `Role ${n}`,
    kind: n % 5 === 0 ? 'school-admin' : 'school-staff',
    // The last role is a contact: it receives, never acts.
    player: n < size.roles - 1,
  }))
  const facts = Array.from({ length: size.facts }, (_, n) => ({
    id: factId(n),
    text: `Fact number ${n}`,
    certainty: 'confirmed' as const,
    sensitivity: 'observation' as const,
    safety: false,
    need: [],
    may: [],
  }))
  const injects = Array.from({ length: size.injects }, (_, n) => generateInject(size, n))
  return {
    format: 'ttx/1',
    id: 'generated',
    title: 'Generated scenario',
    start: START,
    objectives: [],
    roles,
    people: [],
    facts,
    actions: [],
    injects,
    expectations: [],
    discussion: [],
  }
}

/** Players are roles 0 .. roles-2; the decider of inject n is one of them. */
const decider = (size: ScenarioSize, n: number): Id => roleId(n % (size.roles - 1))
/** Inject n reveals three facts to its decider and to the next player. */
const revealed = (size: ScenarioSize, n: number): Id[] =>
  [0, 1, 2].map((m) => factId((n * 3 + m) % size.facts))

function generateInject(size: ScenarioSize, n: number): Inject {
  const role = decider(size, n)
  const facts = revealed(size, n)
  const next = n + 1 < size.injects ? injectId(n + 1) : undefined
  return {
    id: injectId(n),
    at: toClock(toMinute(START) + n * spacing(size.injects)),
    title: `Inject ${n}`,
    threat: (n % 4) as 0 | 1 | 2 | 3,
    reveal: { [role]: facts, [decider(size, n + 1)]: facts.slice(0, 1) },
    decisions: [
      {
        role,
        prompt: 'What now?',
        options: [
          {
            id: 'escalate',
            label: 'Escalate',
            events: [{ type: 'share', to: [roleId(size.roles - 1)], facts }],
          },
          { id: 'hold', label: 'Hold', events: [{ type: 'act', action: 'monitor' }] },
        ],
      },
    ],
    // Both branches lead on, so the generated log need not predict them; the condition is
    // still evaluated on every advance.
    ...(next === undefined
      ? {}
      : { next: [{ when: { acted: { action: 'search', role } }, goto: next }, { goto: next }] }),
  }
}

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function generateLog(scenario: Scenario, events: number, seed = 1): Log {
  const size = {
    roles: scenario.roles.length,
    facts: scenario.facts.length,
    injects: scenario.injects.length,
  }
  const draw = random(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(draw() * items.length)] as T
  const players = scenario.roles.filter((role) => role.player).map((role) => role.id)
  const knowledge = new Map<Id, Set<Id>>()
  const learn = (role: Id, facts: readonly Id[]) => {
    const known = knowledge.get(role) ?? new Set<Id>()
    for (const fact of facts) known.add(fact)
    knowledge.set(role, known)
  }
  const out: LogEvent[] = []
  let current = 0
  let decided = false
  const enter = (n: number) => {
    for (const [role, facts] of Object.entries(scenario.injects[n]?.reveal ?? {}))
      learn(role, facts)
    decided = false
  }
  enter(0)
  for (let j = 0; j < events; j++) {
    const due = Math.min(size.injects - 1, Math.floor((j * size.injects) / events))
    if (due > current) {
      out.push({ type: 'advance' })
      enter((current += 1))
      continue
    }
    const blockStart = Math.ceil((current * events) / size.injects)
    const blockLength = Math.max(1, Math.ceil(((current + 1) * events) / size.injects) - blockStart)
    const local = Math.max(0, j - blockStart)
    const t = toClock(
      toMinute(scenario.injects[current]?.at ?? START) +
        Math.floor((local * spacing(size.injects)) / blockLength),
    )
    if (!decided) {
      decided = true
      const role = decider(size, current)
      const option = draw() < 0.5 ? 'escalate' : 'hold'
      out.push({ type: 'decide', t, role, inject: injectId(current), option })
      continue
    }
    const from = pick(players)
    const known = [...(knowledge.get(from) ?? [])]
    const kind = draw()
    if (kind < 0.4 && known.length > 0) {
      const to = [pick(scenario.roles).id, pick(scenario.roles).id]
      const facts = [pick(known)]
      for (const role of to) learn(role, facts)
      out.push({
        type: 'share',
        t,
        from,
        to,
        facts,
        message: { urgency: 'high', ask: 'Please act' },
      })
    } else if (kind < 0.55) {
      out.push({
        type: 'statement',
        t,
        from,
        to: [pick(players)],
        text: 'It may be nothing',
        certainty: 'speculation',
      })
    } else if (kind < 0.8) {
      out.push({ type: 'act', t, role: from, action: pick(ACTIONS) })
    } else if (kind < 0.9 && known.length > 0) {
      out.push({
        type: 'decline',
        t,
        role: from,
        to: [pick(players)],
        facts: [pick(known)],
        reason: 'privacy',
      })
    } else {
      out.push({ type: 'note', t, text: `note ${j}` })
    }
  }
  return { format: 'ttx-log/1', scenario: scenario.id, policy: 'default', events: out }
}
