/** Test helpers: inline scenarios and real logs run through `replay()`. */
import YAML from 'yaml'
import { Log } from '../../../engine/exercise/log'
import { replay } from '../../../engine/exercise/replay'
import type { Replay } from '../../../engine/exercise/replay-types'
import { DEFAULT_POLICY } from '../../../engine/policy/default-policy'
import { score } from '../../../engine/scoring/score'
import type { Flag, Rule } from '../../../engine/scoring/flag'
import { Scenario } from '../../../engine/scenario/schema'

export function scenarioOf(yaml: string): Scenario {
  return Scenario.parse(YAML.parse(yaml))
}

export function play(scenario: Scenario, events: readonly unknown[]): Replay {
  const log = Log.parse({ format: 'ttx-log/1', scenario: scenario.id, events })
  const result = replay(scenario, log)
  if (!result.ok) {
    throw new Error(`replay refused event ${result.error.index}: ${result.error.message}`)
  }
  return result.replay
}

/** The flags of one rule, for a log of the given scenario, under the default policy. */
export function flagsOf(scenario: Scenario, rule: Rule, events: readonly unknown[]): Flag[] {
  return score(play(scenario, events), DEFAULT_POLICY).flags.filter((f) => f.rule === rule)
}

/**
 * A school with one student, J., and facts of every sensitivity. Injects at 08:00
 * (threat 1), 08:10 (threat 2) and 08:20 (threat 3).
 */
export const SCHOOL = scenarioOf(`
format: ttx/1
id: school
title: A rumour about J.
start: "08:00"
roles:
  - { id: teacher, title: Teacher, kind: school-staff }
  - { id: principal, title: Principal, kind: school-admin }
  - { id: counselor, title: School counselor, kind: school-mental-health }
  - { id: nurse, title: School nurse, kind: school-health }
  - { id: sro, title: School resource officer, kind: law-enforcement }
  - { id: district, title: District office, kind: district }
  - { id: all-parents, title: All-parents email list, kind: parents, player: false }
  - { id: news, title: Local news, kind: media, player: false }
  - { id: j-mother, title: J.'s mother, kind: parent, player: false }
  - { id: other-parent, title: Another student's father, kind: parent, player: false }
people:
  - { id: student-j, name: "J., 10th grade", parents: [j-mother] }
facts:
  - id: rumour
    text: A student says J. has a gun in his bag.
    certainty: unverified
    sensitivity: observation
    about: student-j
    safety: true
    need: [principal]
  - id: iep
    text: J. has an IEP for anxiety.
    certainty: confirmed
    sensitivity: education-record
    about: student-j
  - id: meds
    text: J. takes medication for seizures.
    certainty: confirmed
    sensitivity: health
    about: student-j
    safety: true
  - id: allergy
    text: J. carries an epinephrine pen for a bee allergy.
    certainty: confirmed
    sensitivity: health
    about: student-j
    safety: true
    need: [teacher]
  - id: grades
    text: J. is failing three classes.
    certainty: confirmed
    sensitivity: education-record
    about: student-j
    may: [sro, media]
  - id: arrest
    text: Police arrested a man near the school last night.
    certainty: reported
    sensitivity: law-enforcement
  - id: smoke
    text: There is smoke in the east hall.
    certainty: confirmed
    sensitivity: observation
    safety: true
  - id: schedule
    text: J. has chemistry in room 12 at 9.
    certainty: confirmed
    sensitivity: directory
    about: student-j
  - id: closure
    text: J.'s team won the regional final.
    certainty: confirmed
    sensitivity: public
    about: student-j
  - id: unseen
    text: Nobody ever learns this.
    certainty: confirmed
    sensitivity: observation
    need: [principal]
injects:
  - id: morning
    at: "08:00"
    title: Morning
    threat: 1
    reveal:
      teacher: [rumour, smoke, schedule, closure]
      counselor: [iep, grades]
      nurse: [meds, allergy]
      sro: [arrest]
    next: credible
  - id: credible
    at: "08:10"
    title: It looks credible
    threat: 2
    next: imminent
  - id: imminent
    at: "08:20"
    title: It looks imminent
    threat: 3
`)

export const FULL_MESSAGE = {
  goal: 'Get the rumour assessed',
  urgency: 'high',
  known: 'One student told me at 8:00',
  ask: 'Decide whether to search the bag',
}

/** Shares in SCHOOL at 08:05 (threat 1), 08:15 (threat 2) or 08:25 (threat 3). */
export function shareAt(
  level: 1 | 2 | 3,
  from: string,
  to: readonly string[],
  facts: readonly string[],
): unknown[] {
  const t = level === 1 ? '08:05' : level === 2 ? '08:15' : '08:25'
  const advances = Array.from({ length: level - 1 }, () => ({ type: 'advance' }))
  return [
    ...advances,
    { t, type: 'share', from, to, facts, label: 'confirmed', message: FULL_MESSAGE },
  ]
}
