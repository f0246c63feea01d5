/**
 * The studio's "New scenario" skeleton: the smallest scenario that validates cleanly (no
 * errors, no warnings) and still shows every part a trainer fills in. Kept as text, not
 * data, so its comments teach the format in the editor.
 */
export const SKELETON_NAME = 'new-scenario.yaml'

export const SKELETON = `format: ttx/1
id: new-scenario
title: A new scenario
summary: One paragraph for the library card.
duration: 30
start: "08:00"
objectives:
  - id: tell-the-principal
    text: The principal hears about the concern within 10 minutes.
roles:
  - id: teacher
    title: Teacher
    kind: school-staff
    briefing: You teach 2nd period.
  - id: principal
    title: Principal
    kind: school-admin
facts:
  - id: overheard
    text: A student said another student "won't be here next week".
    certainty: reported
    sensitivity: observation
    safety: true
    need: [principal]
injects:
  - id: hallway
    at: "08:00"
    title: Something overheard
    narrative: Between classes, a student tells the teacher what they heard.
    threat: 1
    reveal:
      teacher: [overheard]
    decisions:
      - role: teacher
        prompt: What do you do?
        options:
          - id: tell-now
            label: Walk to the principal's office now
            events:
              - type: share
                to: [principal]
                facts: [overheard]
                label: reported
                message:
                  goal: Have the concern assessed today
                  urgency: high
                  known: A student repeated it to me at 8:00
                  ask: Decide the next step; I can bring the student
          - id: wait
            label: Mention it at the staff meeting on Friday
            events: []
    next: office
  - id: office
    at: "08:15"
    title: The principal's office
    narrative: The principal considers what to do next.
expectations:
  - id: overheard-to-principal
    objective: tell-the-principal
    escalate: { fact: overheard, to: [principal], within: 10 }
discussion:
  - Who in your building hears things first, and who do they tell?
`
