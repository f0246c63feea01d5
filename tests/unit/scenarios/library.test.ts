/**
 * The shipped scenario library (scenarios/<id>/): every scenario validates, its reference log
 * is good practice (no flag, score 100), and every flawed log raises exactly the flags its
 * `.expect.json` documents. The library as a whole must exercise every scoring rule.
 *
 * Layout of a scenario folder:
 *
 *   scenarios/<id>/scenario.yaml           the scenario (ttx/1)
 *   scenarios/<id>/logs/reference.json     good practice: replays with no flag, overall 100
 *   scenarios/<id>/logs/<name>.json        a flawed log (ttx-log/1): a plausible team's mistakes
 *   scenarios/<id>/logs/<name>.expect.json what scoring must find in it
 *
 * The `.expect.json` format:
 *
 *   {
 *     "flags": [
 *       { "rule": "over-sharing", "severity": "critical", "role": "teacher", "event": 0,
 *         "fact": "post-text", "to": ["all-parents"] },
 *       { "rule": "slow-escalation", "severity": "medium", "role": "teacher", "event": 2,
 *         "fact": "post-text", "to": ["principal", "sro", "district-safety"], "delay": 13 }
 *     ],
 *     "scores": { "overall": 88, "accuracy": 100, "privacy": 100, "collaboration": 60,
 *                 "timeliness": 70, "clarity": 95, "proportion": 100 }
 *   }
 *
 * `flags` is the FULL list of flags the log must raise, compared as a set (order free) on
 * rule, severity, role, event, fact, to and delay; a field left out means the flag must not
 * have it. `basis`, when given, is the rule ID the flag must cite (the part of the engine's
 * basis before " — "). Explanation and time are not compared (wording, derived). An extra
 * or a missing flag fails. `scores` must match exactly. `ratings`, when given, maps each
 * objective id to its suggested HSEEP rating (P, S, M, U, or null for not rated).
 *
 * The expectations were derived from DESIGN.md's definitions ("Scoring") by hand and with an
 * independent re-implementation, then checked against the engine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { loadScenario } from '../../../engine/scenario/load'
import type { Scenario } from '../../../engine/scenario/schema'
import { Log } from '../../../engine/exercise/log'
import { replay } from '../../../engine/exercise/replay'
import { judgeExpectations, score } from '../../../engine/scoring'
import { rateObjectives } from '../../../engine/debrief'
import { RULES, SEVERITIES, type Flag } from '../../../engine/scoring/flag'
import { DEFAULT_POLICY } from '../../../engine/policy'

const LIBRARY = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'scenarios')

/**
 * Warnings we accept, each with the reason. All are "an option shares a fact that no path
 * reveals to its role": the role is told by a colleague's share during play, which the
 * static check cannot see. Any other warning fails the test.
 */
const JUSTIFIED_WARNINGS: Readonly<Record<string, readonly string[]>> = {
  'threat-post': [
    // The principal hears the account owner from the coach and the interview from the SRO.
    'option "name-to-calm" shares fact "account-owner"',
    'option "name-to-calm" shares fact "m-interview"',
  ],
  'journal-disclosure': [
    // The counselor tells the principal the screening result.
    'option "full-picture" shares fact "screening-result"',
  ],
  'weapon-rumour': [
    // The SRO reports the search to the principal, who briefs the district during the emergency.
    'option "full-story" shares fact "search-result"',
    'option "alert-with-name" shares fact "search-result"',
  ],
  'missing-student': [
    // `office` is only reached when the principal knows j-missing (its branch condition).
    'option "protocol-and-911" shares fact "j-missing"',
    'option "911-without-iep" shares fact "j-missing"',
    // The principal briefs the district office during the search.
    'option "explain-fully" shares fact "j-elopement"',
  ],
  'copycat-threats': [
    // b-assessment is only reached when the threat lead knows b-comment (its branch condition).
    'option "substantive-with-plan" shares fact "b-comment"',
    // The SRO or the principal tells the district safety office how the hoax was made.
    'option "name-the-pranksters" shares fact "tip-source"',
  ],
  'therapist-warning': [
    // `voicemail` is only reached when the principal knows threat-words (its branch condition);
    // gun-access comes in the same call on every path that reaches it.
    'option "police-now" shares fact "threat-words"',
    'option "police-now" shares fact "gun-access"',
    // The principal briefs the district safety director during the afternoon.
    'option "explain-fully" shares fact "threat-words"',
  ],
  'records-transfer': [
    // The registrar tells the principal about the withdrawal at the counter.
    'option "tell-new-school" shares fact "new-school"',
  ],
  'bomb-threat-testing': [
    // `coordinated` is only reached when the SRO knows swat-words (its branch condition).
    'option "police-lockdown" shares fact "swat-words"',
  ],
  'coach-disclosure': [
    // The principal tells the coach the CPS safety plan before practice.
    'option "tell-the-truth" shares fact "safety-plan"',
  ],
  'sextortion-chat': [
    // The principal hears of the post from the teacher or, on the late path, from the SRO.
    'option "name-the-case" shares fact "chat-post"',
  ],
}

const ExpectedFlag = z.strictObject({
  rule: z.enum(RULES),
  severity: z.enum(SEVERITIES),
  role: z.string().optional(),
  event: z.number().int().nonnegative().optional(),
  fact: z.string().optional(),
  to: z.array(z.string()).optional(),
  delay: z.number().int().positive().optional(),
  basis: z
    .string()
    .regex(/^[A-Z][0-9]+$/)
    .optional(),
})
type ExpectedFlag = z.infer<typeof ExpectedFlag>

const Scores = z.strictObject({
  overall: z.number(),
  accuracy: z.number(),
  privacy: z.number(),
  collaboration: z.number(),
  timeliness: z.number(),
  clarity: z.number(),
  proportion: z.number(),
})

const Ratings = z.record(z.string(), z.enum(['P', 'S', 'M', 'U']).nullable())
const ExpectFile = z.strictObject({
  flags: z.array(ExpectedFlag),
  scores: Scores,
  ratings: Ratings.optional(),
})

/** The rule ID a basis cites: "F8 — outside an emergency…" -> "F8". */
function basisId(basis: string): string {
  return basis.split(' — ')[0] ?? basis
}

/** The compared part of a flag, with a fixed key order; the basis only where expected. */
function project(flag: Flag | ExpectedFlag, withBasis: boolean): ExpectedFlag {
  const out: ExpectedFlag = { rule: flag.rule, severity: flag.severity }
  if (flag.role !== undefined) out.role = flag.role
  if (flag.event !== undefined) out.event = flag.event
  if (flag.fact !== undefined) out.fact = flag.fact
  if (flag.to !== undefined) out.to = [...flag.to]
  if (flag.delay !== undefined) out.delay = flag.delay
  if (withBasis && flag.basis !== undefined) out.basis = basisId(flag.basis)
  return out
}

function canonical(
  flags: readonly (Flag | ExpectedFlag)[],
  withBasis = (flags as readonly ExpectedFlag[]).some((f) => f.basis !== undefined),
): ExpectedFlag[] {
  return flags
    .map((flag) => project(flag, withBasis))
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
}

const scenarioIds = readdirSync(LIBRARY, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

interface Loaded {
  readonly scenario: Scenario
  readonly warnings: readonly string[]
  readonly errors: readonly string[]
}

function load(id: string): Loaded {
  const folder = join(LIBRARY, id)
  const file = join(folder, 'scenario.yaml')
  const result = loadScenario(readFileSync(file, 'utf8'), file, {
    imageExists: (path) => existsSync(join(folder, path)),
  })
  const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)
  if (result.scenario === undefined) throw new Error(`${file}:\n${errors.join('\n')}`)
  return {
    scenario: result.scenario,
    errors,
    warnings: result.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message),
  }
}

function logNames(id: string): string[] {
  return readdirSync(join(LIBRARY, id, 'logs'))
    .filter((name) => name.endsWith('.json') && !name.endsWith('.expect.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort()
}

function readLog(id: string, name: string): Log {
  return Log.parse(JSON.parse(readFileSync(join(LIBRARY, id, 'logs', `${name}.json`), 'utf8')))
}

function readExpect(id: string, name: string): z.infer<typeof ExpectFile> {
  const path = join(LIBRARY, id, 'logs', `${name}.expect.json`)
  return ExpectFile.parse(JSON.parse(readFileSync(path, 'utf8')))
}

function play(scenario: Scenario, log: Log): ReturnType<typeof score> {
  const result = replay(scenario, log)
  if (!result.ok) {
    throw new Error(`replay failed at event ${result.error.index}: ${result.error.message}`)
  }
  return score(result.replay, DEFAULT_POLICY)
}

function ratingsOf(scenario: Scenario, log: Log): Record<string, string | null> {
  const result = replay(scenario, log)
  if (!result.ok) throw new Error(result.error.message)
  const scored = score(result.replay, DEFAULT_POLICY)
  const rated = rateObjectives(result.replay, scored, judgeExpectations(result.replay))
  return Object.fromEntries(rated.map((o) => [o.id, o.suggested]))
}

function isBranching(scenario: Scenario): boolean {
  return scenario.injects.some(
    (inject) => Array.isArray(inject.next) && inject.next.some((b) => b.when !== undefined),
  )
}

describe.each(scenarioIds)('scenario %s', (id) => {
  const { scenario, warnings, errors } = load(id)

  it('validates with no error and only the justified warnings', () => {
    expect(errors).toEqual([])
    const justified = JUSTIFIED_WARNINGS[id] ?? []
    const unexplained = warnings.filter((w) => !justified.some((j) => w.includes(j)))
    const unused = justified.filter((j) => !warnings.some((w) => w.includes(j)))
    expect(unexplained).toEqual([])
    expect(unused).toEqual([])
  })

  it('has the id of its folder and the schema line for editors', () => {
    expect(scenario.id).toBe(id)
    const text = readFileSync(join(LIBRARY, id, 'scenario.yaml'), 'utf8')
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../ttx.schema.json')
  })

  it('meets the structural minimums of the library', () => {
    const players = scenario.roles.filter((r) => r.player)
    const contacts = scenario.roles.filter((r) => !r.player)
    expect(players.length).toBeGreaterThanOrEqual(4)
    expect(new Set(players.map((r) => r.kind)).size).toBeGreaterThanOrEqual(4)
    expect(players.filter((r) => (r.briefing ?? '').trim() === '')).toEqual([])
    const contactKinds = new Set(contacts.map((r) => r.kind))
    for (const kind of ['parents', 'media', 'emergency-services', 'parent'] as const) {
      expect(contactKinds, `a ${kind} contact`).toContain(kind)
    }
    expect(scenario.injects.length).toBeGreaterThanOrEqual(5)
    const withDecisions = scenario.injects.filter((i) => (i.decisions ?? []).length > 0)
    expect(withDecisions.length).toBeGreaterThanOrEqual(3)
    const options = withDecisions.flatMap((i) => (i.decisions ?? []).flatMap((d) => d.options))
    expect(options.filter((o) => (o.debrief ?? '').trim() === '').map((o) => o.id)).toEqual([])
    expect(new Set(scenario.facts.map((f) => f.certainty)).size).toBeGreaterThanOrEqual(3)
    expect(scenario.expectations.length).toBeGreaterThanOrEqual(2)
    expect(scenario.discussion.length).toBeGreaterThanOrEqual(3)
  })

  const names = logNames(id)

  it('ships a reference log and at least two flawed logs, each with its expectations', () => {
    expect(names).toContain('reference')
    const flawed = names.filter((n) => n !== 'reference')
    expect(flawed.length).toBeGreaterThanOrEqual(2)
    for (const name of flawed) {
      expect(existsSync(join(LIBRARY, id, 'logs', `${name}.expect.json`)), name).toBe(true)
    }
    const expects = readdirSync(join(LIBRARY, id, 'logs')).filter((n) => n.endsWith('.expect.json'))
    expect(expects.map((n) => n.replace(/\.expect\.json$/, '')).sort()).toEqual(flawed)
  })

  it('reference log: replays with no flag and scores 100', () => {
    const log = readLog(id, 'reference')
    expect(log.scenario).toBe(id)
    const result = play(scenario, log)
    expect(canonical(result.flags)).toEqual([])
    expect(result.scores.overall).toBe(100)
  })

  it('ties every objective to a core capability and to something it rates, and the reference log performs each (P)', () => {
    const tied = new Set([...scenario.expectations, ...scenario.facts].map((e) => e.objective))
    expect(scenario.objectives.filter((o) => !tied.has(o.id)).map((o) => o.id)).toEqual([])
    expect(scenario.objectives.filter((o) => o.capability === undefined).map((o) => o.id)).toEqual(
      [],
    )
    const result = replay(scenario, readLog(id, 'reference'))
    if (!result.ok) throw new Error(result.error.message)
    const outcomes = judgeExpectations(result.replay)
    const rated = rateObjectives(result.replay, score(result.replay, DEFAULT_POLICY), outcomes)
    expect(
      rated.filter((o) => o.suggested !== 'P').map((o) => `${o.id}: ${String(o.suggested)}`),
    ).toEqual([])
  })

  it.each(names.filter((n) => n !== 'reference'))(
    'flawed log %s raises exactly its flags',
    (name) => {
      const log = readLog(id, name)
      expect(log.scenario).toBe(id)
      const expected = readExpect(id, name)
      const result = play(scenario, log)
      const withBasis = expected.flags.some((f) => f.basis !== undefined)
      expect(canonical(result.flags, withBasis)).toEqual(canonical(expected.flags, withBasis))
      expect(result.scores).toEqual(expected.scores)
      expect(expected.flags.length).toBeGreaterThan(0)
      if (expected.ratings !== undefined) expect(ratingsOf(scenario, log)).toEqual(expected.ratings)
    },
  )
})

describe('the library as a whole', () => {
  const scenarios = scenarioIds.map((id) => load(id).scenario)

  it('has at least six scenarios, at least three of them branching', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(6)
    expect(scenarios.filter(isBranching).length).toBeGreaterThanOrEqual(3)
  })

  it('raises every scoring rule in some flawed log', () => {
    const raised = new Set(
      scenarioIds.flatMap((id) =>
        logNames(id)
          .filter((n) => n !== 'reference')
          .flatMap((n) => readExpect(id, n).flags.map((f) => f.rule)),
      ),
    )
    expect([...raised].sort()).toEqual([...RULES].sort())
  })
})
