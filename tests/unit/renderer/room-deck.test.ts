import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { namesOf } from '../../../engine/debrief/names'
import { Log } from '../../../engine/exercise/log'
import { loadScenario } from '../../../engine/scenario/load'
import type { Scenario } from '../../../engine/scenario/schema'
import { makeDebrief } from '../../../renderer/debrief/make-debrief'
import {
  announce,
  pageAfterKey,
  pageTitle,
  roomPages,
  type RoomPage,
} from '../../../renderer/debrief/room-deck'

const FOLDER = join(import.meta.dirname, '..', '..', '..', 'scenarios', 'missing-student')
function shipped(): Scenario {
  const { scenario } = loadScenario(readFileSync(join(FOLDER, 'scenario.yaml'), 'utf8'), 'x')
  if (scenario === undefined) throw new Error('the shipped scenario does not load')
  return scenario
}
const scenario = shipped()

function pagesOf(logName: string): RoomPage[] {
  const log = Log.parse(JSON.parse(readFileSync(join(FOLDER, 'logs', logName), 'utf8')))
  const result = makeDebrief(scenario, log)
  if (!result.ok) throw new Error(result.error)
  return roomPages(result.debrief, namesOf(scenario))
}

describe('the room view’s pages', () => {
  const pages = pagesOf('search-before-911.json')

  it('are the ratings, the three that matter, then every flag in time order', () => {
    expect(pages.map((p) => p.kind)).toEqual([
      'ratings',
      'highlights',
      ...Array<'flag'>(6).fill('flag'),
    ])
    expect(pages.map(pageTitle).slice(0, 4)).toEqual([
      'Objective ratings',
      'The three flags that matter most',
      'Flag 1 of 6: Unclear message',
      'Flag 2 of 6: Slow escalation',
    ])
    const top = pages[1]?.kind === 'highlights' ? pages[1].steps : []
    // The 911 call, fifteen minutes late while J. was by the creek, matters most.
    expect(top[0]?.what).toEqual(['Call 911'])
    expect(top[0]?.basis.id).toBe('T2')
    expect(top[0]?.teaching?.choice).toBe(
      'Have staff search the building and grounds for fifteen minutes before calling 911',
    )
  })

  it('announce where the room is and what the flag is about, by titles', () => {
    expect(announce(pages, 0)).toBe('Step 1 of 8: Objective ratings')
    expect(announce(pages, 2)).toBe(
      'Step 3 of 8: Flag 1 of 6: Unclear message, at 13:38, 2nd-grade teacher to Principal',
    )
  })

  it('say what went well when there is no flag', () => {
    const clean = pagesOf('reference.json')
    expect(clean.map((p) => p.kind)).toEqual(['ratings', 'strengths'])
    expect(clean[1]?.kind === 'strengths' && clean[1].strengths.length).toBeGreaterThan(0)
    expect(clean[1] && pageTitle(clean[1])).toBe('No flags: what went well')
  })
  it('keep to what a page can hold, and say how many more strengths the report lists', () => {
    const log = Log.parse(JSON.parse(readFileSync(join(FOLDER, 'logs', 'reference.json'), 'utf8')))
    const result = makeDebrief(scenario, log)
    if (!result.ok) throw new Error(result.error)
    const many = { ...result.debrief, strengths: Array.from({ length: 9 }, (_, i) => `S${i}`) }
    const page = roomPages(many, namesOf(scenario))[1]
    expect(page).toEqual({
      kind: 'strengths',
      strengths: ['S0', 'S1', 'S2', 'S3', 'S4', 'S5'],
      more: 3,
    })
  })
})

describe('pageAfterKey', () => {
  it('moves with the arrows and jumps with Home and End, never past either end', () => {
    expect(pageAfterKey('ArrowRight', 0, 5)).toBe(1)
    expect(pageAfterKey('ArrowRight', 4, 5)).toBe(4)
    expect(pageAfterKey('ArrowLeft', 0, 5)).toBe(0)
    expect(pageAfterKey('ArrowLeft', 3, 5)).toBe(2)
    expect(pageAfterKey('PageDown', 1, 5)).toBe(2)
    expect(pageAfterKey('Home', 3, 5)).toBe(0)
    expect(pageAfterKey('End', 0, 5)).toBe(4)
    expect(pageAfterKey('n', 0, 5)).toBeUndefined()
  })
})
