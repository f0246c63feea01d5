/**
 * What one role's device may see, computed on the host from the session (see
 * docs/room-hosting.md). A projection, never a filter over the whole state: each field is
 * built from what the role is entitled to, so a field added to the state later cannot leak
 * by accident. Never in a view: the log, other roles' facts, briefings or decisions,
 * facilitator notes, expectations, objectives, discussion questions, option teaching points.
 */
import { toClock } from '../scenario/clock'
import type { ScenarioIndex } from '../scenario/scenario-index'
import type {
  Certainty,
  DeclineReason,
  Id,
  Material,
  Message,
  RoleKind,
  ThreatLevel,
} from '../scenario/schema'
import type { AppliedShare, AppliedStatement, Replay } from '../exercise/replay-types'
import type { OpenDecision } from '../exercise/session'

export interface ViewRole {
  readonly id: Id
  readonly title: string
  readonly kind: RoleKind
  readonly player: boolean
}

export interface KnownFact {
  readonly id: Id
  readonly text: string
  /** How sure the fact itself is (the scenario's certainty). */
  readonly certainty: Certainty
  /** "HH:MM" when the role first learned it. */
  readonly learned: string
  /** Who told the role; absent when an inject revealed it. */
  readonly from?: Id
}

export type InboxItem =
  | {
      readonly type: 'share'
      /** The log index of the share (or of the decision it came from): stable, for keys. */
      readonly index: number
      readonly at: string
      readonly from: Id
      readonly facts: readonly { readonly id: Id; readonly text: string }[]
      /** How sure the sender said it was. */
      readonly label: Certainty
      readonly message?: Message
    }
  | {
      readonly type: 'statement'
      readonly index: number
      readonly at: string
      readonly from: Id
      readonly text: string
      readonly label: Certainty
    }

export interface RoleDecision {
  readonly inject: Id
  readonly prompt: string
  /** Labels only: an option's events and teaching point stay on the host. */
  readonly options: readonly { readonly id: Id; readonly label: string }[]
}

export interface RoleView {
  readonly scenario: { readonly id: Id; readonly title: string }
  readonly role: ViewRole & { readonly briefing?: string }
  /** Every role's name and kind, so a device can address a share. */
  readonly roles: readonly ViewRole[]
  readonly actions: readonly { readonly id: Id; readonly label: string }[]
  readonly declineReasons: readonly DeclineReason[]
  readonly clock: string
  readonly threat: ThreatLevel
  readonly ended: boolean
  readonly inject: {
    readonly id: Id
    readonly title: string
    readonly at: string
    readonly narrative?: string
    readonly materials: readonly Material[]
  }
  /** The role's own facts, in the order it learned them. */
  readonly knows: readonly KnownFact[]
  /** Messages sent to the role, newest first. */
  readonly inbox: readonly InboxItem[]
  readonly decisions: readonly RoleDecision[]
}

/** The moment a view is taken from: what a live session or a replay can both give. */
export interface ViewSource {
  readonly replay: Replay
  readonly clock: number
  readonly openDecisions: readonly OpenDecision[]
}

export const DECLINE_REASONS: readonly DeclineReason[] = ['privacy', 'not-my-role', 'unsure']

export function roleView(index: ScenarioIndex, source: ViewSource, roleId: Id): RoleView {
  const role = index.roles.get(roleId)
  if (role === undefined) throw new Error(`"${roleId}" is not a role in this scenario`)
  const { replay } = source
  const current = replay.injects.at(-1)?.inject ?? index.scenario.injects[0]?.id ?? ''
  const inject = index.injects.get(current)
  if (inject === undefined)
    throw new Error(`the current inject "${current}" is not in the scenario`)
  return {
    scenario: { id: index.scenario.id, title: index.scenario.title },
    role: {
      ...viewRole(role),
      ...(role.briefing === undefined ? {} : { briefing: role.briefing }),
    },
    roles: index.scenario.roles.map(viewRole),
    actions: [...index.actions.values()].map(({ id, label }) => ({ id, label })),
    declineReasons: DECLINE_REASONS,
    clock: toClock(source.clock),
    threat: replay.injects.at(-1)?.threat ?? 0,
    ended: replay.end.reason !== 'open',
    inject: {
      id: inject.id,
      title: inject.title,
      at: inject.at,
      ...(inject.narrative === undefined ? {} : { narrative: inject.narrative }),
      materials: inject.materials ?? [],
    },
    knows: knownFacts(index, replay, roleId),
    inbox: inbox(index, replay, roleId),
    decisions: source.openDecisions
      .filter((decision) => decision.role === roleId)
      .map(({ inject: at, prompt, options }) => ({
        inject: at,
        prompt,
        options: options.map(({ id, label }) => ({ id, label })),
      })),
  }
}

function viewRole(role: ViewRole): ViewRole {
  return { id: role.id, title: role.title, kind: role.kind, player: role.player }
}

function knownFacts(index: ScenarioIndex, replay: Replay, roleId: Id): KnownFact[] {
  const known = replay.knowledge.get(roleId)
  if (known === undefined) return []
  return [...known.values()].flatMap((learning) => {
    const fact = index.facts.get(learning.fact)
    if (fact === undefined) return []
    const item = {
      id: fact.id,
      text: fact.text,
      certainty: fact.certainty,
      learned: toClock(learning.at),
    }
    return [learning.from === undefined ? item : { ...item, from: learning.from }]
  })
}

function inbox(index: ScenarioIndex, replay: Replay, roleId: Id): InboxItem[] {
  const items: InboxItem[] = []
  for (const event of replay.applied) {
    if (event.type === 'share' && event.to.includes(roleId)) items.push(shareItem(index, event))
    if (event.type === 'statement' && event.to.includes(roleId)) items.push(statementItem(event))
  }
  return items.reverse()
}

function shareItem(index: ScenarioIndex, event: AppliedShare): InboxItem {
  const item = {
    type: 'share' as const,
    index: event.index,
    at: toClock(event.at),
    from: event.from,
    // The recipient learns every fact shared with it, so it may read their text.
    facts: event.facts.map((id) => ({ id, text: index.facts.get(id)?.text ?? id })),
    label: event.label,
  }
  return event.message === undefined ? item : { ...item, message: event.message }
}

function statementItem(event: AppliedStatement): InboxItem {
  return {
    type: 'statement',
    index: event.index,
    at: toClock(event.at),
    from: event.from,
    text: event.text,
    label: event.label ?? event.certainty,
  }
}
