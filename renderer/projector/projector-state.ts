/**
 * What the room sees, as one plain value: built from the session and the facilitator's
 * choices ("Show notes on projector", the per-fact "On projector" boxes), then shown by the
 * console's own projector view and sent to the projector window (`#/projector`, also what the
 * desktop's second display loads). Only public data is put in: notes and facts only when
 * the facilitator chose to show them, a decision's prompt but never its options' teaching
 * points. Pure, so what may reach the room is unit-tested.
 */
import type { Minute } from '../../engine/scenario/clock'
import type { Material, Scenario, ThreatLevel } from '../../engine/scenario/schema'
import type { OpenDecision, SessionView } from '../exercise/session-port'

export interface ProjectorDecision {
  /** The role's title: whose turn it is. */
  readonly role: string
  readonly prompt: string
}

export interface ProjectorState {
  /** The session shown (the window finds the scenario's images by it). */
  readonly sessionId: string
  readonly scenarioTitle: string
  readonly clock: Minute
  readonly threat: ThreatLevel
  readonly ended: boolean
  readonly inject: {
    readonly title: string
    readonly narrative?: string
    readonly materials: readonly Material[]
  }
  /** The inject's notes, only when the facilitator chose to show them. */
  readonly notes?: string
  /** Texts of the facts the facilitator chose to show. */
  readonly facts: readonly string[]
  /** The open decisions: whose turn it is and what they are asked. */
  readonly decisions: readonly ProjectorDecision[]
}

export interface ProjectorInput {
  readonly sessionId: string
  readonly scenario: Scenario
  readonly view: Pick<SessionView, 'inject' | 'threat' | 'ended'>
  readonly openDecisions: readonly OpenDecision[]
  /** Keys the facilitator chose to show: `notes:<inject id>`, `fact:<fact id>`. */
  readonly shown: ReadonlySet<string>
  /** The room's clock (never behind the session's). */
  readonly clock: Minute
}

export function projectorState(input: ProjectorInput): ProjectorState {
  const { scenario, view, shown } = input
  const { inject } = view
  const notes =
    inject.notes !== undefined && shown.has(notesKey(inject.id)) ? { notes: inject.notes } : {}
  return {
    sessionId: input.sessionId,
    scenarioTitle: scenario.title,
    clock: input.clock,
    threat: view.threat,
    ended: view.ended,
    inject: {
      title: inject.title,
      ...(inject.narrative === undefined ? {} : { narrative: inject.narrative }),
      materials: inject.materials ?? [],
    },
    ...notes,
    facts: scenario.facts.filter((fact) => shown.has(factKey(fact.id))).map((fact) => fact.text),
    decisions: view.ended
      ? []
      : input.openDecisions.map((decision) => ({
          role: scenario.roles.find((role) => role.id === decision.role)?.title ?? decision.role,
          prompt: decision.prompt,
        })),
  }
}

export function notesKey(injectId: string): string {
  return `notes:${injectId}`
}

export function factKey(factId: string): string {
  return `fact:${factId}`
}
