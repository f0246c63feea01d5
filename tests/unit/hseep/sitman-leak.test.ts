/**
 * The Situation Manual gives nothing away (docs/hseep.md), over every shipped scenario: no
 * facilitator note, expectation, option label or teaching point, no library summary, no fact
 * a role learns privately, and no inject only some paths reach. Checked in the Word file's
 * own text, sentence by sentence, so a paraphrase-free copy of any part of them fails.
 */
import { describe, expect, it } from 'vitest'
import { renderDocx, sharedInjects, sitmanDocument } from '../../../engine/hseep'
import type { Scenario } from '../../../engine/scenario/schema'
import { docxParagraphs, fullText, headingsOf, shippedScenarios } from './read-back'

/** Sentences of at least 4 words: short phrases ("What do you do?") may legitimately repeat. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s.split(' ').length >= 4)
}

/** Everything a player must not read in the manual, by where it comes from. */
function secrets(scenario: Scenario): { where: string; text: string }[] {
  const shared = new Set(sharedInjects(scenario).map((i) => i.id))
  const found: { where: string; text: string }[] = []
  const add = (where: string, text: string | undefined): void => {
    if (text !== undefined) for (const s of sentences(text)) found.push({ where, text: s })
  }
  add('summary', scenario.summary)
  for (const inject of scenario.injects) {
    add(`notes of ${inject.id}`, inject.notes)
    for (const decision of inject.decisions ?? []) {
      for (const option of decision.options) {
        add(`option ${option.id} label`, option.label)
        add(`option ${option.id} debrief`, option.debrief)
        for (const event of option.events) {
          if (event.type === 'statement' || event.type === 'note')
            add(`option ${option.id} text`, event.text)
          if (event.type === 'share' && event.message !== undefined) {
            add(`option ${option.id} message`, Object.values(event.message).join('. '))
          }
        }
      }
    }
    if (!shared.has(inject.id)) {
      add(`title of ${inject.id} (not on every path)`, inject.title)
      add(`narrative of ${inject.id} (not on every path)`, inject.narrative)
    }
  }
  for (const fact of scenario.facts) add(`fact ${fact.id}`, fact.text)
  for (const expectation of scenario.expectations) {
    add(`expectation ${expectation.id}`, expectation.explain)
  }
  return found
}

/** What players legitimately see (the room's screen): a secret found here is not a leak. */
function publicText(scenario: Scenario): string {
  const shared = sharedInjects(scenario)
  return [
    ...shared.flatMap((i) => [
      i.title,
      i.narrative ?? '',
      ...(i.materials ?? []).map((m) => m.text ?? ''),
    ]),
    ...scenario.roles.map((r) => r.briefing ?? ''),
    ...scenario.objectives.map((o) => o.text),
  ]
    .join('\n')
    .replace(/\s+/g, ' ')
}

describe('the Situation Manual of every shipped scenario', () => {
  for (const { id, scenario } of shippedScenarios()) {
    it(`${id}: has HSEEP's sections and gives no answer away`, async () => {
      const paragraphs = await docxParagraphs(await renderDocx(sitmanDocument(scenario)))
      expect(headingsOf(paragraphs, 1)).toEqual([
        'Exercise Overview',
        'Objectives and Core Capabilities',
        'Participant Roles and Briefings',
        'Exercise Guidelines',
        'Modules',
      ])
      const text = fullText(paragraphs).replace(/\s+/g, ' ')
      const visible = publicText(scenario)
      const leaks = secrets(scenario).filter(
        (s) => text.includes(s.text) && !visible.includes(s.text),
      )
      expect(leaks).toEqual([])
      // It does carry what players need: every shared module and every player's briefing.
      for (const inject of sharedInjects(scenario)) expect(text).toContain(inject.title)
      for (const role of scenario.roles.filter((r) => r.player)) {
        expect(headingsOf(paragraphs, 2)).toContain(role.title)
      }
    })
  }

  it('the leak check catches a leak: a facilitator note placed in a narrative is found', async () => {
    const scenario = shippedScenarios()[0]?.scenario
    if (scenario === undefined) throw new Error('a shipped scenario')
    const noted = scenario.injects.find((i) => i.notes !== undefined)
    if (noted === undefined) throw new Error('a shipped scenario with notes')
    const leaky: Scenario = {
      ...scenario,
      injects: scenario.injects.map((i, at) =>
        at === 0 ? { ...i, narrative: `${i.narrative ?? ''} ${noted.notes ?? ''}` } : i,
      ),
    }
    const text = fullText(await docxParagraphs(await renderDocx(sitmanDocument(leaky))))
    const leaks = secrets(leaky).filter((s) => text.replace(/\s+/g, ' ').includes(s.text))
    expect(leaks.map((l) => l.where)).toContain(`notes of ${noted.id}`)
  })
})
