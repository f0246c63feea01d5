/**
 * Editing the improvement plan (engine/hseep/plan-edit.ts): the first edit starts from the
 * prefill of a flawed log, a completion before its start is refused with the reason and the
 * plan left as it was, rows are added and removed, and hot-wash areas raised after the
 * first edit are offered back.
 */
import { describe, expect, it } from 'vitest'
import { buildDebrief } from '../../../engine/debrief'
import type { Log } from '../../../engine/exercise/log'
import { replay } from '../../../engine/exercise/replay'
import {
  CAPABILITY_CHOICES,
  blankPlanRow,
  datesProblem,
  editPlanRow,
  emptyEvaluation,
  hotwashRowsMissing,
  planOf,
  PLAN_COLUMNS,
  planProblems,
  prefillFor,
  removePlanRow,
  renderPlanXlsx,
  type Evaluation,
} from '../../../engine/hseep'
import { DEFAULT_POLICY } from '../../../engine/policy'
import { CORE_CAPABILITIES } from '../../../engine/scenario/capabilities'
import { score } from '../../../engine/scoring'
import { shippedScenarios, xlsxRows } from './read-back'

const threatPost = shippedScenarios().find((s) => s.id === 'threat-post')
if (threatPost === undefined) throw new Error('threat-post is shipped')
const log = threatPost.logs.get('overcorrected') as Log
const played = replay(threatPost.scenario, log)
if (!played.ok) throw new Error(played.error.message)
const { index } = played.replay
const debrief = buildDebrief(played.replay, DEFAULT_POLICY, score(played.replay, DEFAULT_POLICY))

function evaluation(): Evaluation {
  return {
    ...emptyEvaluation('threat-post', '2026-12-01'),
    hotwash: [{ id: 'h1', kind: 'improvement', text: 'Nobody knew the tip line number' }],
  }
}

describe('the improvement plan, edited', () => {
  const prefill = prefillFor(index, debrief, evaluation())

  it('starts from the prefill: a row per flagged practice, then the hot wash', () => {
    expect(prefill.length).toBeGreaterThan(1)
    expect(prefill.at(-1)).toMatchObject({
      id: 'hotwash-h1',
      issue: 'Nobody knew the tip line number',
    })
    expect(planOf(index, debrief, evaluation())).toEqual(prefill)
    expect(planOf(index, debrief, { ...evaluation(), plan: [] })).toEqual([])
  })

  it('changes one row and leaves the others', () => {
    const [first, second] = prefill
    if (first === undefined || second === undefined) throw new Error('two rows')
    const result = editPlanRow(prefill, first.id, {
      action: 'Train coaches on the chain of contact',
      capability: 'Planning',
      organization: 'Athletics department',
      contact: 'Coach Diaz',
      completion: '2027-01-15',
      rootCause: 'knowledge',
    })
    if (!result.ok) throw new Error(result.problem)
    expect(result.plan[0]).toEqual({
      ...first,
      action: 'Train coaches on the chain of contact',
      capability: 'Planning',
      organization: 'Athletics department',
      contact: 'Coach Diaz',
      completion: '2027-01-15',
      rootCause: 'knowledge',
    })
    expect(result.plan.slice(1)).toEqual(prefill.slice(1))
    const cleared = editPlanRow(result.plan, first.id, { rootCause: null })
    expect(cleared.ok && 'rootCause' in (cleared.plan[0] ?? {})).toBe(false)
  })

  it('refuses a completion before the start, saying why, and changes nothing', () => {
    const row = prefill[0]
    if (row === undefined) throw new Error('a row')
    expect(row.start).toBe('2026-12-01')
    expect(editPlanRow(prefill, row.id, { completion: '2026-11-30' })).toEqual({
      ok: false,
      problem:
        'The completion date (2026-11-30) is before the start date (2026-12-01): choose a completion on or after the start, or change the start first.',
    })
    const late = editPlanRow(prefill, row.id, { completion: '2026-12-20' })
    if (!late.ok) throw new Error(late.problem)
    expect(editPlanRow(late.plan, row.id, { start: '2026-12-21' }).ok).toBe(false)
    expect(editPlanRow(late.plan, row.id, { start: '2026-12-20' }).ok).toBe(true)
    expect(editPlanRow(late.plan, row.id, { start: '' }).ok).toBe(true)
  })

  it('refuses a date that is not one, and a row it does not have', () => {
    expect(datesProblem('2026-02-30', '')).toMatch(/^The start date "2026-02-30" is not a date/)
    expect(datesProblem('', 'soon')).toMatch(/^The completion date "soon" is not a date/)
    expect(datesProblem('', '')).toBeUndefined()
    expect(editPlanRow(prefill, 'nope', { action: 'x' })).toEqual({
      ok: false,
      problem: 'The plan has no row "nope".',
    })
  })

  it('adds a blank row starting on the exercise date, and removes rows', () => {
    const row = blankPlanRow('row-1', '2026-12-01')
    expect(row).toEqual({
      id: 'row-1',
      issue: '',
      action: '',
      capability: 'Not mapped to a core capability',
      organization: '',
      contact: '',
      start: '2026-12-01',
      completion: '',
    })
    const added = [...prefill, row]
    expect(removePlanRow(added, 'row-1')).toEqual(prefill)
    expect(removePlanRow(added, prefill[0]?.id ?? '')).toHaveLength(prefill.length)
  })

  it('offers the hot wash areas the edited plan lacks', () => {
    const edited = removePlanRow(prefill, 'hotwash-h1')
    const later: Evaluation = {
      ...evaluation(),
      plan: edited,
      hotwash: [
        ...evaluation().hotwash,
        { id: 'h2', kind: 'strength', text: 'The SRO answered fast' },
        { id: 'h3', kind: 'improvement', text: 'The night phone tree is out of date' },
      ],
    }
    const missing = hotwashRowsMissing(edited, prefillFor(index, debrief, later))
    expect(missing.map((r) => r.id)).toEqual(['hotwash-h1', 'hotwash-h3'])
    expect(hotwashRowsMissing(prefill, prefill)).toEqual([])
    expect(planOf(index, debrief, later)).toEqual(edited)
  })

  it('offers every core capability by the name documents print', () => {
    expect(CAPABILITY_CHOICES).toHaveLength(CORE_CAPABILITIES.length + 1)
    expect(CAPABILITY_CHOICES).toContain('Operational Coordination')
    // A row tied to no objective has no capability until the evaluator picks one.
    for (const row of prefill) expect(['', ...CAPABILITY_CHOICES]).toContain(row.capability)
    expect(prefill.some((row) => row.capability !== '')).toBe(true)
  })

  it('lists the rows of a plan read from a file whose dates cannot stand', () => {
    const good = blankPlanRow('a', '2026-12-01')
    const bad = { ...good, id: 'b', completion: '2026-11-01' }
    expect(planProblems([good, bad])).toEqual([
      'plan row 2: The completion date (2026-11-01) is before the start date (2026-12-01): choose a completion on or after the start, or change the start first.',
    ])
  })
})

describe('the improvement plan as a spreadsheet', () => {
  it('reads back with a header and one row per corrective action, formulas kept as text', async () => {
    const row = {
      ...blankPlanRow('a', '2026-12-01'),
      issue: '=HYPERLINK("http://example.invalid")',
      action: 'Publish the night phone tree',
      capability: 'Operational Coordination',
      rootCause: 'plan' as const,
      organization: 'District office',
      contact: 'D. Okafor',
      completion: '2027-01-15',
    }
    const rows = await xlsxRows(
      await renderPlanXlsx('A threat on a story post', [row, blankPlanRow('b', '')]),
      'Improvement Plan',
    )
    expect(rows[0]).toEqual(PLAN_COLUMNS.map((c) => c.title))
    expect(rows[1]).toEqual([
      '=HYPERLINK("http://example.invalid")',
      'plan',
      'Publish the night phone tree',
      'Operational Coordination',
      'District office',
      'D. Okafor',
      '2026-12-01',
      '2027-01-15',
    ])
    expect(rows).toHaveLength(3)
  })
})
