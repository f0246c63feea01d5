/**
 * Every id a scenario mentions must exist (FORMAT.md, "Validation"): in facts, people,
 * reveals, decisions and their option events, branches and their conditions, and
 * expectations. Also: only players decide, and `parents` should name `parent` roles.
 */
import { error, warning, type Finding } from './finding'
import { knownIds, referenceChecker, type KnownIds, type ReferenceCheck } from './references'
import { placeIn } from './scenario-vocabulary'
import type { Condition, Decision, Expectation, Inject, OptionEvent, Scenario } from './schema'
import type { DataPath } from './yaml-source'

export function checkReferences(
  scenario: Scenario,
  known: KnownIds = knownIds(scenario),
): Finding[] {
  const findings: Finding[] = []
  const check = referenceChecker(known, findings)
  const at = (path: DataPath): string => placeIn(scenario, path)
  const each: Walk['each'] = (kind, ids, path) => {
    ids.forEach((id, i) => check(kind, id, [...path, i], at(path)))
  }
  const walk: Walk = { check, at, each, known, findings }
  checkFacts(scenario, walk)
  checkParents(scenario, walk)
  scenario.injects.forEach((inject, i) => {
    checkInject(inject, ['injects', i], walk)
  })
  checkExpectations(scenario, walk)
  return findings
}

function checkFacts(scenario: Scenario, { check, at, each }: Walk): void {
  scenario.facts.forEach((fact, f) => {
    const path = ['facts', f]
    if (fact.about !== undefined) {
      check('person', fact.about, [...path, 'about'], at([...path, 'about']))
    }
    each('role', fact.need, [...path, 'need'])
    each('role or role kind', fact.may, [...path, 'may'])
    if (fact.objective !== undefined) {
      check('objective', fact.objective, [...path, 'objective'], at([...path, 'objective']))
    }
  })
}

/** A person's `parents` are roles, and FORMAT.md gives such roles the kind `parent`. */
function checkParents(scenario: Scenario, { check, at, known, findings }: Walk): void {
  scenario.people.forEach((person, p) => {
    person.parents.forEach((roleId, r) => {
      const path = ['people', p, 'parents', r]
      if (!check('role', roleId, path, at(path))) return
      const kind = known.roles.get(roleId)?.kind
      if (kind === 'parent') return
      const message = `role "${roleId}" is listed as a parent of person "${person.id}" but its kind is "${String(kind)}", not "parent"`
      findings.push(warning(path, message))
    })
  })
}

function checkExpectations(scenario: Scenario, walk: Walk): void {
  const { check, at, each, findings } = walk
  scenario.expectations.forEach((expectation, e) => {
    const path = ['expectations', e]
    const { objective, escalate, act, avoid, from, when } = expectation
    if (objective !== undefined) check('objective', objective, [...path, 'objective'], at(path))
    if (escalate !== undefined) {
      check('fact', escalate.fact, [...path, 'escalate', 'fact'], at([...path, 'escalate']))
      each('role', escalate.to, [...path, 'escalate', 'to'])
    }
    if (act !== undefined) {
      check('action', act.action, [...path, 'act', 'action'], at([...path, 'act']))
    }
    if (avoid !== undefined) {
      check('action', avoid.action, [...path, 'avoid', 'action'], at([...path, 'avoid']))
    }
    if (from !== undefined) check('inject', from, [...path, 'from'], at([...path, 'from']))
    if (when !== undefined) {
      checkCondition(when, [...path, 'when'], `the condition of ${at(path)}`, walk)
    }
    if (avoid === undefined) findings.push(...avoidOnlyFields(expectation, path))
  })
  findings.push(...untiedObjectives(scenario))
}

/** `when`, `severity`, `basis` and `explain` mean something only to an `avoid` expectation. */
function avoidOnlyFields(expectation: Expectation, path: DataPath): Finding[] {
  const kind = expectation.escalate !== undefined ? 'escalate' : 'act'
  return (['when', 'severity', 'basis', 'explain'] as const)
    .filter((field) => expectation[field] !== undefined)
    .map((field) =>
      warning(
        [...path, field],
        `"${field}" is used only by an "avoid" expectation; this "${kind}" expectation ignores it`,
      ),
    )
}

/** An objective no expectation and no fact ties to can never be rated. */
function untiedObjectives(scenario: Scenario): Finding[] {
  const tied = new Set<string>()
  for (const { objective } of [...scenario.expectations, ...scenario.facts]) {
    if (objective !== undefined) tied.add(objective)
  }
  return scenario.objectives.flatMap((objective, o) =>
    tied.has(objective.id)
      ? []
      : [
          warning(
            ['objectives', o, 'id'],
            `objective "${objective.id}" is tied to no expectation and no fact, so the debrief can never rate it; name it in an expectation's or a fact's "objective"`,
          ),
        ],
  )
}

interface Walk {
  readonly check: ReferenceCheck
  readonly at: (path: DataPath) => string
  readonly each: (
    kind: Parameters<ReferenceCheck>[0],
    ids: readonly string[],
    path: DataPath,
  ) => void
  readonly known: KnownIds
  readonly findings: Finding[]
}

function checkInject(inject: Inject, path: DataPath, walk: Walk): void {
  const { check, at, each } = walk
  for (const [roleId, factIds] of Object.entries(inject.reveal ?? {})) {
    const revealPath = [...path, 'reveal', roleId]
    check('role', roleId, revealPath, at([...path, 'reveal']), 'key')
    each('fact', factIds, revealPath)
  }
  inject.decisions?.forEach((decision, d) => {
    checkDecision(decision, [...path, 'decisions', d], walk)
  })
  const next = inject.next
  if (typeof next === 'string') check('inject', next, [...path, 'next'], at([...path, 'next']))
  else {
    next?.forEach((branch, b) => {
      const branchPath = [...path, 'next', b]
      check('inject', branch.goto, [...branchPath, 'goto'], at([...branchPath, 'goto']))
      if (branch.when !== undefined) {
        checkCondition(
          branch.when,
          [...branchPath, 'when'],
          `the condition of ${at(branchPath)}`,
          walk,
        )
      }
    })
  }
}

function checkDecision(decision: Decision, path: DataPath, walk: Walk): void {
  const { check, at, known, findings } = walk
  if (check('role', decision.role, [...path, 'role'], at(path))) {
    if (known.roles.get(decision.role)?.player === false) {
      const message = `${at(path)} is for role "${decision.role}", which is not a player (player: false); only players decide`
      findings.push(error([...path, 'role'], message))
    }
  }
  decision.options.forEach((option, o) => {
    option.events.forEach((event, e) => {
      checkOptionEvent(event, [...path, 'options', o, 'events', e], walk)
    })
  })
}

function checkOptionEvent(event: OptionEvent, path: DataPath, walk: Walk): void {
  const { check, at, each } = walk
  switch (event.type) {
    case 'share':
    case 'decline':
      each('role', event.to, [...path, 'to'])
      each('fact', event.facts, [...path, 'facts'])
      return
    case 'statement':
      each('role', event.to, [...path, 'to'])
      return
    case 'act':
      check('action', event.action, [...path, 'action'], at(path))
      return
    case 'note':
      return
  }
}

function checkCondition(condition: Condition, path: DataPath, place: string, walk: Walk): void {
  const { check, known, findings } = walk
  if ('knows' in condition) {
    check('role', condition.knows.role, [...path, 'knows', 'role'], place)
    check('fact', condition.knows.fact, [...path, 'knows', 'fact'], place)
  } else if ('decided' in condition) {
    const { role, option } = condition.decided
    if (!check('role', role, [...path, 'decided', 'role'], place)) return
    if (known.optionsByRole.get(role)?.has(option) !== true) {
      const message = `unknown option "${option}" in ${place}: no decision of role "${role}" has it`
      findings.push(error([...path, 'decided', 'option'], message))
    }
  } else if ('acted' in condition) {
    check('action', condition.acted.action, [...path, 'acted', 'action'], place)
    if (condition.acted.role !== undefined) {
      check('role', condition.acted.role, [...path, 'acted', 'role'], place)
    }
  } else if ('all' in condition || 'any' in condition) {
    const [key, list] = 'all' in condition ? ['all', condition.all] : ['any', condition.any]
    list.forEach((inner, i) => {
      checkCondition(inner, [...path, key, i], place, walk)
    })
  } else if ('not' in condition) {
    checkCondition(condition.not, [...path, 'not'], place, walk)
  }
}
