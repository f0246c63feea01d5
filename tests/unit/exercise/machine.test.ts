/**
 * The compiled machine at three levels of testing: pure transitions, a running actor,
 * and model-based paths (every inject of the drill is reached by some path).
 */
import { createActor, initialTransition, transition, type EventFromLogic } from 'xstate'
import { getShortestPaths, getSimplePaths } from 'xstate/graph'
import { describe, expect, it } from 'vitest'
import { toMinute } from '../../../engine/scenario/clock'
import { indexScenario } from '../../../engine/scenario/scenario-index'
import type { LogEvent } from '../../../engine/exercise/log'
import { createExerciseMachine, decidesTag, ENDED, PLAYING } from '../../../engine/exercise/machine'
import type { ExerciseEmitted } from '../../../engine/exercise/records'
import { drill } from './fixtures'
import { Log } from '../../../engine/exercise/log'
import { replay } from '../../../engine/exercise/replay'
import { Scenario } from '../../../engine/scenario/schema'

const machine = createExerciseMachine(indexScenario(drill()))
type ExerciseEvent = EventFromLogic<typeof machine>

const tellPrincipal: LogEvent = {
  t: '09:01',
  type: 'decide',
  role: 'teacher',
  inject: 'smoke',
  option: 'tell-principal',
}

describe('pure transitions', () => {
  const [start, startActions] = initialTransition(machine)

  it('starts in the first inject with its reveals and tags', () => {
    expect(start.value).toBe('smoke')
    expect(start.context.clock).toBe(toMinute('09:00'))
    expect(start.context.knowledge.get('teacher')?.get('smoke')).toBe(toMinute('09:00'))
    expect(start.hasTag(PLAYING)).toBe(true)
    expect(start.hasTag(decidesTag('teacher'))).toBe(true)
    expect(startActions.map((action) => action.type)).toContain('xstate.emit')
  })

  it('answers can() with the rules of replay', () => {
    expect(start.can(tellPrincipal)).toBe(true)
    expect(start.can({ ...tellPrincipal, option: 'warn-nurse' })).toBe(false)
    expect(start.can({ t: '08:59', type: 'note', text: 'too early' })).toBe(false)
    expect(start.can({ t: '09:01', type: 'act', role: 'news', action: 'monitor' })).toBe(false)
  })

  it('applies an event in place and an advance into the branch that holds', () => {
    const [decided] = transition(machine, start, tellPrincipal)
    expect(decided.value).toBe('smoke')
    expect(decided.context.chosen.has('teacher:tell-principal')).toBe(true)
    expect(decided.can(tellPrincipal)).toBe(false)
    const [next] = transition(machine, decided, { type: 'advance' })
    expect(next.value).toBe('evacuation')
    expect(next.context.threat).toBe(2)
  })

  it('reaches the final ended state on end', () => {
    const [ended] = transition(machine, start, { type: 'end' })
    expect(ended.value).toBe(ENDED)
    expect(ended.status).toBe('done')
    expect(ended.context.end).toEqual({ at: toMinute('09:00'), reason: 'end', index: 0 })
  })
})

describe('a running actor', () => {
  it('emits what it applies, in order, and ignores what the rules reject', () => {
    const actor = createActor(machine)
    const seen: string[] = []
    actor.on('*', (emitted: ExerciseEmitted) => seen.push(emitted.type))
    actor.start()
    actor.send({ t: '09:01', type: 'share', from: 'nurse', to: ['principal'], facts: ['smoke'] })
    actor.send(tellPrincipal)
    actor.send({ type: 'advance' })
    expect(actor.getSnapshot().value).toBe('evacuation')
    // entered + 2 reveals; decide, share, learned, act; advance, entered, reveal
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
  const serializeState = (snapshot: ReturnType<typeof initialTransition<typeof machine>>[0]) =>
    JSON.stringify([
      snapshot.value,
      snapshot.context.clock,
      [...snapshot.context.knowledge].map(([role, facts]) => [role, [...facts.keys()]]),
      [...snapshot.context.chosen],
      [...snapshot.context.acted],
    ])

  it('reaches every inject of the drill by some shortest path', () => {
    const paths = getShortestPaths(machine, { events, serializeState })
    const reached = new Set(paths.map((path) => path.state.value))
    for (const inject of drill().injects) expect(reached).toContain(inject.id)
  })

  it('never lets a path move time backwards or take a decision twice', () => {
    // Fewer events keep the number of simple paths small.
    const paths = getSimplePaths(machine, { events: events.slice(0, 4), serializeState })
    expect(paths.length).toBeGreaterThan(0)
    for (const path of paths) {
      const decides = path.steps.filter((step) => step.event.type === 'decide')
      expect(decides.length).toBeLessThanOrEqual(1)
      const clocks = path.steps.map((step) => step.state.context.clock)
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
