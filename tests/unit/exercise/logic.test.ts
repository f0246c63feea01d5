/**
 * The exercise as XState logic (`fromTransition` over `step`) at the first three levels of
 * docs/architecture.md's testing note: pure transitions, a running actor, and model-based
 * paths (every inject of the drill is reached by some path).
 */
import { createActor, initialTransition, transition, type EventFromLogic } from 'xstate'
import { getShortestPaths, getSimplePaths } from 'xstate/graph'
import { describe, expect, it } from 'vitest'
import { toMinute } from '../../../engine/scenario/clock'
import { indexScenario } from '../../../engine/scenario/scenario-index'
import { Log, type LogEvent } from '../../../engine/exercise/log'
import { exerciseLogic } from '../../../engine/exercise/logic'
import { replay } from '../../../engine/exercise/replay'
import { chooseBranch } from '../../../engine/exercise/step'
import { Scenario } from '../../../engine/scenario/schema'
import { drill } from './fixtures'

const index = indexScenario(drill())
const logic = exerciseLogic(index)
type ExerciseEvent = EventFromLogic<typeof logic>

const tellPrincipal: LogEvent = {
  t: '09:01',
  type: 'decide',
  role: 'teacher',
  inject: 'smoke',
  option: 'tell-principal',
}

describe('pure transitions', () => {
  const [start] = initialTransition(logic)

  it('starts in the first inject with its reveals', () => {
    expect(start.context.context.inject).toBe('smoke')
    expect(start.context.context.clock).toBe(toMinute('09:00'))
    expect(start.context.context.knowledge.get('teacher')?.get('smoke')).toBe(toMinute('09:00'))
    expect(start.context.records.map((record) => record.type)).toEqual([
      'entered',
      'learned',
      'learned',
    ])
  })

  it('refuses what the rules refuse: the context stays, nothing is added', () => {
    for (const refused of [
      { ...tellPrincipal, option: 'warn-nurse' },
      { t: '08:59', type: 'note', text: 'too early' },
      { t: '09:01', type: 'act', role: 'news', action: 'monitor' },
    ] satisfies LogEvent[]) {
      const [after] = transition(logic, start, refused)
      expect(after.context.context).toBe(start.context.context)
      expect(after.context.records).toEqual([])
    }
  })

  it('applies an event in place and an advance into the branch that holds', () => {
    const [decided] = transition(logic, start, tellPrincipal)
    expect(decided.context.context.inject).toBe('smoke')
    expect(decided.context.context.chosen.has('teacher:tell-principal')).toBe(true)
    const [again] = transition(logic, decided, tellPrincipal)
    expect(again.context.context).toBe(decided.context.context)
    expect(chooseBranch(index, decided.context.context)?.id).toBe('evacuation')
    const [next] = transition(logic, decided, { type: 'advance' })
    expect(next.context.context.inject).toBe('evacuation')
    expect(next.context.context.threat).toBe(2)
  })

  it('ends on end, and refuses anything after', () => {
    const [ended] = transition(logic, start, { type: 'end' })
    expect(ended.context.context.end).toEqual({ at: toMinute('09:00'), reason: 'end', index: 0 })
    const [after] = transition(logic, ended, { type: 'note', text: 'after' })
    expect(after.context.records).toEqual([])
  })
})

describe('a running actor', () => {
  it('adds what it applies, in order, and nothing for what the rules reject', () => {
    const actor = createActor(logic)
    const seen: string[] = []
    actor.subscribe((snapshot) => {
      seen.push(...snapshot.context.records.map((record) => record.type))
    })
    actor.start()
    actor.send({ t: '09:01', type: 'share', from: 'nurse', to: ['principal'], facts: ['smoke'] })
    actor.send(tellPrincipal)
    actor.send({ type: 'advance' })
    expect(actor.getSnapshot().context.context.inject).toBe('evacuation')
    // start: entered + 2 reveals; the nurse's share is refused (nothing); decide, its
    // option's share, learned, act; advance, entered, reveal
    expect(seen).toEqual([
      'entered',
      'learned',
      'learned',
      'applied',
      'applied',
      'learned',
      'applied',
      'applied',
      'entered',
      'learned',
    ])
    actor.stop()
  })
})

describe('model-based paths', () => {
  const t = '09:01'
  const events: ExerciseEvent[] = [
    { type: 'advance' },
    tellPrincipal,
    { t, type: 'decide', role: 'teacher', inject: 'smoke', option: 'wait' },
    { t, type: 'share', from: 'teacher', to: ['principal'], facts: ['smoke'] },
    { t, type: 'share', from: 'teacher', to: ['news'], facts: ['smoke'] },
    { t, type: 'act', role: 'principal', action: 'shelter' },
  ]
  // Maps do not survive JSON.stringify: serialise the parts of the context that steer play.
  const serializeState = ({
    context: { context },
  }: ReturnType<typeof initialTransition<typeof logic>>[0]) =>
    JSON.stringify([
      context.inject,
      context.end,
      context.clock,
      [...context.knowledge].map(([role, facts]) => [role, [...facts.keys()]]),
      [...context.chosen],
      [...context.acted],
    ])

  it('reaches every inject of the drill by some shortest path', () => {
    const paths = getShortestPaths(logic, { events, serializeState })
    const reached = new Set(paths.map((path) => path.state.context.context.inject))
    for (const inject of drill().injects) expect(reached).toContain(inject.id)
  })

  it('never lets a path move time backwards or take a decision twice', () => {
    // Fewer events keep the number of simple paths small.
    const paths = getSimplePaths(logic, { events: events.slice(0, 4), serializeState })
    expect(paths.length).toBeGreaterThan(0)
    for (const path of paths) {
      const decides = path.steps.filter((step) => step.event.type === 'decide')
      expect(decides.length).toBeLessThanOrEqual(1)
      const clocks = path.steps.map((step) => step.state.context.context.clock)
      expect(clocks).toEqual([...clocks].sort((a, b) => a - b))
    }
  })
})

describe('inject ids', () => {
  it('lets a scenario call an inject "ended" without confusing it with the end of play', () => {
    const scenario = Scenario.parse({
      format: 'ttx/1',
      id: 'names',
      title: 'Names',
      start: '08:00',
      roles: [{ id: 'teacher', title: 'Teacher', kind: 'school-staff' }],
      facts: [],
      injects: [
        { id: 'start', at: '08:00', title: 'Start', next: 'ended' },
        { id: 'ended', at: '08:10', title: 'The lesson ended', next: 'after' },
        { id: 'after', at: '08:20', title: 'After the lesson' },
      ],
    })
    const log = Log.parse({
      format: 'ttx-log/1',
      scenario: 'names',
      events: [{ type: 'advance' }, { type: 'advance' }, { type: 'advance' }],
    })
    const result = replay(scenario, log)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.replay.injects.map((entry) => entry.inject)).toEqual(['start', 'ended', 'after'])
    expect(result.replay.end).toMatchObject({ reason: 'last-inject', index: 2 })
  })
})
