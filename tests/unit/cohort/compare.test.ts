/**
 * `compareTables` over shipped scenarios' logs: each table's numbers are its own debrief's,
 * the cohort's counts add up, and the divergences name where the paths parted (injects as a
 * tree, so a split inside a split is found; a table whose play ended; options, including a
 * decision left unanswered).
 */
import { describe, expect, it } from 'vitest'
import { compareTables, END, NO_CHOICE, type Divergence } from '../../../engine/cohort'
import { RULES } from '../../../engine/scoring/flag'
import { shippedScenario, shippedTable } from './tables'

const injectSplits = (divergences: readonly Divergence[]) =>
  divergences.filter((d) => d.kind === 'inject')

describe('compareTables', () => {
  const missing = shippedScenario('missing-student')
  const logs = ['reference', 'blamed-the-father', 'looked-first', 'search-before-911']
  const inputs = logs.map((log) => shippedTable(missing, log))
  const cohort = compareTables(missing, inputs)

  it("takes each table's scores, suggested ratings, flags and path from its own debrief", () => {
    expect(cohort.scenario).toEqual({ id: missing.id, title: missing.title })
    expect(cohort.tables.map((t) => t.name)).toEqual(logs)
    cohort.tables.forEach((table, at) => {
      const { debrief } = inputs[at] ?? { debrief: undefined }
      if (debrief === undefined) throw new Error('no debrief')
      expect(table.scores).toEqual(debrief.scores)
      expect(table.ratings).toEqual(debrief.objectives.map((o) => o.suggested))
      expect(table.totalFlags).toBe(debrief.flags.length)
      for (const rule of RULES) {
        expect(table.flags[rule]).toBe(debrief.flags.filter((f) => f.rule === rule).length)
      }
      const entered = debrief.timeline.flatMap((e) => (e.kind === 'inject' ? [e.title] : []))
      expect(table.injects.map((i) => i.title)).toEqual(entered)
      expect(table.decisions.map((d) => d.option)).toEqual(
        debrief.timeline.flatMap((e) => (e.kind === 'decision' ? [e.label] : [])),
      )
    })
    // The reference log is the scenario's good play: full marks, no flags.
    expect(cohort.tables[0]?.scores.overall).toBe(100)
    expect(cohort.tables[0]?.totalFlags).toBe(0)
    expect(cohort.tables.slice(1).every((t) => t.scores.overall < 100)).toBe(true)
  })

  it('counts, per objective, the tables rated M or U, and the rules flagged most first', () => {
    cohort.objectives.forEach((objective, at) => {
      expect(objective.text).toBe(missing.objectives[at]?.text)
      expect(objective.ratings).toEqual(cohort.tables.map((t) => t.ratings[at] ?? null))
      expect(objective.struggled).toBe(
        objective.ratings.filter((r) => r === 'M' || r === 'U').length,
      )
    })
    expect(cohort.objectives.some((o) => o.struggled > 0)).toBe(true)
    expect(cohort.rules.length).toBeGreaterThan(0)
    for (const across of cohort.rules) {
      expect(across.flags).toBe(cohort.tables.reduce((sum, t) => sum + t.flags[across.rule], 0))
      expect(across.tables).toBe(cohort.tables.filter((t) => t.flags[across.rule] > 0).length)
      expect(across.flags).toBeGreaterThan(0)
    }
    const counts = cohort.rules.map((r) => r.flags)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    expect(cohort.rules[0]?.rule).toBe('slow-escalation')
  })

  it('finds where the injects parted, and a split inside a split', () => {
    expect(injectSplits(cohort.divergences)).toEqual([
      {
        kind: 'inject',
        after: 'Twenty-one',
        ways: [
          {
            to: 'The front office',
            tables: ['reference', 'blamed-the-father', 'search-before-911'],
          },
          { to: 'The aide comes to the office', tables: ['looked-first'] },
        ],
      },
      {
        kind: 'inject',
        after: 'The front office',
        ways: [
          { to: 'The officer at the door', tables: ['reference', 'blamed-the-father'] },
          { to: 'A boy in red by the creek', tables: ['search-before-911'] },
        ],
      },
    ])
  })

  it('finds the options chosen differently, by inject and role titles', () => {
    const first = cohort.divergences.find((d) => d.kind === 'decision')
    expect(first).toMatchObject({
      kind: 'decision',
      inject: 'Twenty-one',
      role: '2nd-grade teacher',
    })
    expect(first?.ways.map((w) => w.tables)).toEqual([
      ['reference', 'blamed-the-father'],
      ['looked-first'],
      ['search-before-911'],
    ])
  })

  it('names a table whose play ended while others went on', () => {
    const police = shippedScenario('police-activity-nearby')
    const split = injectSplits(
      compareTables(police, [
        shippedTable(police, 'reference'),
        shippedTable(police, 'one-word-for-everything'),
      ]).divergences,
    )
    expect(split).toHaveLength(1)
    expect(split[0]?.ways).toEqual([
      { to: 'A man at the release table', tables: ['reference'] },
      { to: END, tables: ['one-word-for-everything'] },
    ])
  })

  it('counts a decision a table reached and left unanswered as a way of its own', () => {
    const staff = shippedScenario('staff-concern')
    const cohortOfTwo = compareTables(staff, [
      shippedTable(staff, 'reference'),
      shippedTable(staff, 'personnel-matter-only'),
    ])
    const unanswered = cohortOfTwo.divergences.filter(
      (d) => d.kind === 'decision' && d.ways.some((w) => w.to === NO_CHOICE),
    )
    expect(unanswered).toHaveLength(1)
    expect(unanswered[0]).toMatchObject({ inject: 'The interview' })
  })

  it('finds no divergence when every table played alike', () => {
    const same = compareTables(missing, [
      shippedTable(missing, 'looked-first'),
      { ...shippedTable(missing, 'looked-first'), name: 'again' },
    ])
    expect(same.divergences).toEqual([])
    expect(same.objectives.map((o) => o.struggled).every((n) => n === 0 || n === 2)).toBe(true)
  })

  it("refuses a debrief of another scenario (a caller's mistake)", () => {
    const other = shippedScenario('lunchroom-allergy')
    expect(() => compareTables(missing, [shippedTable(other, 'reference')])).toThrow(
      /played ".*", not "/,
    )
  })
})
