/**
 * Adversarial: at every step of every shipped log, the serialized view of every role holds
 * no text that role may not see. The forbidden texts are gathered from the scenario and the
 * log independently of the projection (facts the role does not know yet, facilitator notes,
 * teaching points, objectives, discussion questions, other roles' briefings and decisions,
 * statements and messages sent to others, injects not yet entered). A forbidden text that is
 * also part of something the role may see (a shorter label inside a fact it knows) is allowed.
 */
import { describe, expect, it } from 'vitest'
import { createSession, type Session } from '../../../engine/exercise/session'
import { indexScenario, type ScenarioIndex } from '../../../engine/scenario/scenario-index'
import type { Id, Scenario } from '../../../engine/scenario/schema'
import { roleView, type RoleView } from '../../../engine/room/view'
import { shippedScenarios } from './shipped'

interface Labelled {
  readonly what: string
  readonly text: string
}

function forbiddenFor(index: ScenarioIndex, session: Session, role: Id): Labelled[] {
  const { scenario } = index
  const replay = session.replay()
  const known = replay.knowledge.get(role) ?? new Map()
  const entered = new Set(replay.injects.map((entry) => entry.inject))
  const out: Labelled[] = []
  const add = (what: string, text: string | undefined) => {
    if (text !== undefined && text.trim() !== '') out.push({ what, text })
  }
  for (const fact of scenario.facts) if (!known.has(fact.id)) add(`fact ${fact.id}`, fact.text)
  for (const other of scenario.roles)
    if (other.id !== role) add(`briefing of ${other.id}`, other.briefing)
  for (const objective of scenario.objectives) add(`objective ${objective.id}`, objective.text)
  scenario.discussion.forEach((question, at) => {
    add(`discussion ${at}`, question)
  })
  for (const inject of scenario.injects) {
    add(`notes of ${inject.id}`, inject.notes)
    if (!entered.has(inject.id)) {
      add(`narrative of ${inject.id} (not entered)`, inject.narrative)
      inject.materials?.forEach((m, at) => {
        add(`material ${at} of ${inject.id}`, m.text)
      })
    }
    for (const decision of inject.decisions ?? []) {
      for (const option of decision.options) {
        add(`teaching point of ${option.id}`, option.debrief)
        if (decision.role !== role) add(`${decision.role}'s option ${option.id}`, option.label)
        for (const event of option.events) {
          if (event.type === 'note') add(`note in option ${option.id}`, event.text)
        }
      }
      if (decision.role !== role) add(`${decision.role}'s prompt`, decision.prompt)
    }
  }
  for (const event of replay.applied) {
    if (event.type === 'note') add(`note at ${event.index}`, event.text)
    if (event.type === 'statement' && !event.to.includes(role)) {
      add(`statement ${event.index} to others`, event.text)
    }
    if (event.type === 'share' && !event.to.includes(role) && event.message !== undefined) {
      const { goal, known: said, ask } = event.message
      for (const text of [goal, said, ask]) add(`message ${event.index} to others`, text)
    }
  }
  return out
}

/**
 * What the role may see, gathered from the scenario and the session, not from the view: a
 * forbidden text that is also one of these, or part of one, is not a leak (two facts alike).
 */
function allowedFor(index: ScenarioIndex, session: Session, role: Id): string[] {
  const { scenario } = index
  const replay = session.replay()
  const known = replay.knowledge.get(role) ?? new Map()
  const inject = index.injects.get(session.state.inject)
  const texts: (string | undefined)[] = [
    scenario.title,
    index.roles.get(role)?.briefing,
    inject?.title,
    inject?.narrative,
    ...(inject?.materials ?? []).map((m) => m.text),
    ...scenario.facts.filter((f) => known.has(f.id)).map((f) => f.text),
    ...session
      .openDecisions()
      .filter((d) => d.role === role)
      .flatMap((d) => [d.prompt, ...d.options.map((o) => o.label)]),
    ...scenario.roles.map((r) => r.title),
    ...[...index.actions.values()].map((a) => a.label),
  ]
  for (const event of replay.applied) {
    if (event.type === 'statement' && event.to.includes(role)) texts.push(event.text)
    if (event.type === 'share' && event.to.includes(role)) {
      texts.push(event.message?.goal, event.message?.known, event.message?.ask)
    }
  }
  return texts.filter((text): text is string => text !== undefined)
}

/** The forbidden texts the serialized view contains that are not part of an allowed text. */
export function leaks(view: RoleView, forbidden: readonly Labelled[], allowed: readonly string[]) {
  const serialized = JSON.stringify(view)
  return forbidden
    .filter(({ text }) => serialized.includes(JSON.stringify(text).slice(1, -1)))
    .filter(({ text }) => !allowed.some((shown) => shown.includes(text)))
    .map(({ what }) => what)
}

function viewOf(index: ScenarioIndex, session: Session, role: Id): RoleView {
  const source = {
    replay: session.replay(),
    clock: session.state.clock,
    openDecisions: session.openDecisions(),
  }
  return roleView(index, source, role)
}

function everyRoleAtEveryStep(
  scenario: Scenario,
  events: readonly Parameters<Session['dispatch']>[0][],
): { checked: number; found: string[] } {
  const index = indexScenario(scenario)
  const session = createSession(scenario)
  let checked = 0
  const found: string[] = []
  const check = () => {
    for (const role of scenario.roles) {
      const view = viewOf(index, session, role.id)
      const forbidden = forbiddenFor(index, session, role.id)
      const leaked = leaks(view, forbidden, allowedFor(index, session, role.id))
      checked += 1
      for (const what of leaked)
        found.push(`${role.id} after ${session.log.events.length}: ${what}`)
    }
  }
  check()
  for (const event of events) {
    const result = session.dispatch(event)
    if (!result.ok) throw new Error(result.error.message)
    check()
  }
  return { checked, found }
}

describe('role views leak nothing', () => {
  for (const shipped of shippedScenarios()) {
    for (const { name, log } of shipped.logs) {
      it(`${shipped.id} / ${name}: every role at every step`, () => {
        const { checked, found } = everyRoleAtEveryStep(shipped.scenario, log.events)
        expect(found).toEqual([])
        expect(checked).toBe(shipped.scenario.roles.length * (log.events.length + 1))
      })
    }
  }

  it('the check finds a leak when a view carries a note, a teaching point or an unknown fact', () => {
    const [shipped] = shippedScenarios()
    if (shipped === undefined) throw new Error('no shipped scenario')
    const index = indexScenario(shipped.scenario)
    const session = createSession(shipped.scenario)
    const role = shipped.scenario.roles[0]?.id ?? ''
    const view = viewOf(index, session, role)
    const forbidden = forbiddenFor(index, session, role)
    const allowed = allowedFor(index, session, role)
    expect(leaks(view, forbidden, allowed)).toEqual([])
    const unknown = shipped.scenario.facts.find((f) => !session.knowsNow(role).has(f.id))
    const withNote = shipped.scenario.injects.find((i) => i.notes !== undefined)
    const taught = shipped.scenario.injects
      .flatMap((i) => i.decisions ?? [])
      .flatMap((d) => d.options)
      .find((o) => o.debrief !== undefined)
    if (!unknown || !withNote?.notes || !taught?.debrief) throw new Error('scenario too small')
    const leaky = {
      ...view,
      inject: { ...view.inject, narrative: `${view.inject.narrative ?? ''} ${withNote.notes}` },
      decisions: [{ inject: 'x', prompt: taught.debrief, options: [] }],
      knows: [
        ...view.knows,
        { id: unknown.id, text: unknown.text, certainty: unknown.certainty, learned: '00:00' },
      ],
    }
    const found = leaks(leaky, forbidden, allowed)
    expect(found).toContain(`fact ${unknown.id}`)
    expect(found).toContain(`notes of ${withNote.id}`)
    expect(found).toContain(`teaching point of ${taught.id}`)
  })
})
