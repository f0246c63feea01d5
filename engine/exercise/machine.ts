/**
 * A validated scenario compiled into an XState machine: one state per inject plus a final
 * `ended` state. Every log event is a machine event; the `allowed` guard is the rules of
 * `checkEvent`, so `snapshot.can(event)` answers exactly what `replay()` would accept.
 * Advancing tries the inject's branches in order with the named `branch` guard. The
 * context is small and bounded; what grows (applied events, learnings, entries) is
 * emitted for the caller to collect.
 */
import { and, enqueueActions, setup } from 'xstate'
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { Condition, Id, Inject } from '../scenario/schema'
import { applyEvent, enterInject, leaveInject } from './apply'
import { holds } from './conditions'
import type { ExerciseContext } from './context'
import { initialContext } from './initial'
import type { LogEvent } from './log'
import type { ExerciseEmitted } from './records'
import { checkEvent } from './rules'

/**
 * The final state. Its name is not a kebab-case id, so it can never collide with an inject
 * (a scenario may well call an inject "ended").
 */
export const ENDED = '(ended)'
/** Tag of the final state, for `hasTag`. */
export const ENDED_TAG = 'ended'
/** Tag of every inject state while play goes on. */
export const PLAYING = 'playing'
/** Tag of an inject state offering a decision to the role: `decides:${role}`. */
export const decidesTag = (role: Id): string => `decides:${role}`

export function createExerciseMachine(index: ScenarioIndex) {
  const first = index.scenario.injects[0]
  if (first === undefined)
    throw new Error('a scenario has at least one inject (the schema says so)')
  return setup({
    types: {
      context: {} as ExerciseContext,
      events: {} as LogEvent,
      emitted: {} as ExerciseEmitted,
    },
    guards: {
      allowed: ({ context, event }) => checkEvent(index, context, event) === undefined,
      branch: ({ context }, params: { when: Condition }) => holds(context, params.when),
    },
    actions: {
      apply: enqueueActions(({ context, event, enqueue }) => {
        if (event.type === 'advance') return
        commit(enqueue, (sink) => applyEvent(index, context, event, sink))
      }),
      leave: enqueueActions(({ context, event, enqueue }, params: { to: Id | undefined }) => {
        if (event.type !== 'advance') return
        commit(enqueue, (sink) => leaveInject(context, event, params.to, sink))
      }),
      enter: enqueueActions(({ context, event, enqueue }, params: { inject: Id }) => {
        // The first inject is entered when play starts; the others by the advance just applied.
        const by = event.type === 'advance' ? context.applied - 1 : undefined
        commit(enqueue, (sink) => enterInject(index, context, params.inject, by, sink))
      }),
    },
  }).createMachine({
    id: 'exercise',
    context: () => initialContext(index),
    initial: first.id,
    on: {
      share: { guard: 'allowed', actions: 'apply' },
      statement: { guard: 'allowed', actions: 'apply' },
      decide: { guard: 'allowed', actions: 'apply' },
      act: { guard: 'allowed', actions: 'apply' },
      decline: { guard: 'allowed', actions: 'apply' },
      note: { guard: 'allowed', actions: 'apply' },
      end: { guard: 'allowed', target: `.${ENDED}`, actions: 'apply' },
    },
    states: {
      ...Object.fromEntries(
        index.scenario.injects.map((inject) => [
          inject.id,
          {
            tags: [
              PLAYING,
              ...(inject.decisions ?? []).map((decision) => decidesTag(decision.role)),
            ],
            entry: { type: 'enter', params: { inject: inject.id } } as const,
            on: { advance: advanceTransitions(inject) },
          },
        ]),
      ),
      [ENDED]: { type: 'final', tags: [ENDED_TAG] },
    },
  })
}

interface Enqueue {
  assign(assignment: () => ExerciseContext): void
  emit(event: ExerciseEmitted): void
}

/** Runs a step, assigning its context and emitting its records in order. */
function commit(enqueue: Enqueue, step: (sink: ExerciseEmitted[]) => ExerciseContext): void {
  const emitted: ExerciseEmitted[] = []
  const context = step(emitted)
  enqueue.assign(() => context)
  for (const each of emitted) enqueue.emit(each)
}

/** The inject's branches in order; leaving with no branch taken ends play. */
function advanceTransitions(inject: Inject) {
  const leave = (to: Id | undefined) => ({ type: 'leave', params: { to } }) as const
  const branches =
    inject.next === undefined
      ? []
      : typeof inject.next === 'string'
        ? [{ goto: inject.next }]
        : inject.next
  const transitions = branches.map(({ when, goto }) => ({
    target: goto,
    reenter: true,
    guard:
      when === undefined
        ? ('allowed' as const)
        : and(['allowed', { type: 'branch', params: { when } }]),
    actions: leave(goto),
  }))
  return [...transitions, { target: ENDED, guard: 'allowed' as const, actions: leave(undefined) }]
}
