/**
 * How fast `loadScenario` checks a large scenario: the studio runs it on every keystroke.
 * Baseline: plain `YAML.parse` of the same text, measured in the same run, so the ratio
 * means something on any machine. Goal: under 50 ms for 100 injects.
 */
import { parse, stringify } from 'yaml'
import { loadScenario } from '../engine/scenario/load'
import { medianMs } from './measure'

const INJECTS = 100
const ROLES = 12
const FACTS = 60
const RUNS = 25

/** A valid scenario with roles, facts, decisions on every third inject and branches. */
export function largeScenarioText(injects = INJECTS): string {
  const roles = Array.from({ length: ROLES }, (_, r) => ({
    id: `role-${r}`,
    title: `Role ${r}`,
    kind: r % 4 === 0 ? 'school-admin' : 'school-staff',
    briefing: `You are role ${r}.`,
  }))
  const facts = Array.from({ length: FACTS }, (_, f) => ({
    id: `fact-${f}`,
    text: `Fact number ${f}, observed in the east hallway.`,
    certainty: 'reported',
    sensitivity: f % 2 === 0 ? 'observation' : 'education-record',
    need: [`role-${f % ROLES}`],
    may: ['law-enforcement'],
  }))
  const inject = (i: number) => ({
    id: `inject-${i}`,
    at: clock(8 * 60 + i * 2),
    title: `Inject ${i}`,
    narrative: `Something happens at step ${i}.`,
    threat: i % 4,
    reveal: { [`role-${i % ROLES}`]: [`fact-${i % FACTS}`] },
    ...(i % 3 === 0 ? { decisions: [decision(i)] } : {}),
    ...(i + 1 < injects ? { next: next(i, injects) } : {}),
  })
  return stringify({
    format: 'ttx/1',
    id: 'large',
    title: 'A large generated scenario',
    start: '08:00',
    roles,
    facts,
    injects: Array.from({ length: injects }, (_, i) => inject(i)),
    expectations: [{ id: 'reach', escalate: { fact: 'fact-0', to: ['role-1'], within: 30 } }],
  })
}

function decision(i: number) {
  const role = `role-${i % ROLES}`
  const fact = `fact-${i % FACTS}`
  return {
    role,
    prompt: `What does ${role} do?`,
    options: [
      {
        id: 'share',
        label: 'Share it',
        events: [{ type: 'share', to: [`role-${(i + 1) % ROLES}`], facts: [fact] }],
      },
      { id: 'act', label: 'Act', events: [{ type: 'act', action: 'convene-team' }] },
    ],
  }
}

function next(i: number, injects: number): string | object[] {
  if (i % 5 !== 0 || i + 2 >= injects) return `inject-${i + 1}`
  return [
    {
      when: { any: [{ knows: { role: 'role-1', fact: 'fact-0' } }, { threat: { atLeast: 2 } }] },
      goto: `inject-${i + 2}`,
    },
    { goto: `inject-${i + 1}` },
  ]
}

function clock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`
}

export async function run(log: (line: string) => void): Promise<Record<string, unknown>> {
  const text = largeScenarioText()
  const { diagnostics } = loadScenario(text, 'large.yaml')
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const validateMs = medianMs(RUNS, () => loadScenario(text, 'large.yaml'))
  const baselineMs = medianMs(RUNS, () => parse(text))
  const ratio = validateMs / baselineMs
  log(
    `validate ${INJECTS} injects: ${validateMs.toFixed(1)} ms median (${ratio.toFixed(1)}× YAML.parse, ${baselineMs.toFixed(1)} ms; ${text.length} chars, ${errors} errors, ${diagnostics.length - errors} warnings)`,
  )
  return Promise.resolve({
    injects: INJECTS,
    chars: text.length,
    validateMs,
    yamlParseMs: baselineMs,
    ratio,
    errors,
    goalMs: 50,
  })
}
