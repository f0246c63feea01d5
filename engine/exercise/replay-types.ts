/**
 * What `replay(scenario, log)` returns: the final state plus the derived records that
 * scoring, the debrief and the app read. Everything here is plain data (no Maps in the
 * serialisable parts) so that the same log gives byte-identical JSON.
 */
import type { Minute } from '../scenario/clock'
import type { ScenarioIndex } from '../scenario/scenario-index'
import type { Certainty, Id, Message, ThreatLevel } from '../scenario/schema'
import type {
  ActEvent,
  AdvanceEvent,
  DeclineEvent,
  EndEvent,
  Log,
  NoteEvent,
  ShareEvent,
  StatementEvent,
} from './log'

/** Where an applied event came from: the log itself, or an option chosen by a `decide`. */
export interface OptionSource {
  readonly inject: Id
  readonly role: Id
  readonly option: Id
}

interface AppliedBase {
  /** Index in the log's `events`; for events expanded from a `decide`, that decide's index. */
  readonly index: number
  /** Scenario clock when it happened. */
  readonly at: Minute
  /** The inject that was current. */
  readonly inject: Id
  /** The situation's threat level at that moment. */
  readonly threat: ThreatLevel
  /** Set when this event is one of the events of an authored option. */
  readonly via?: OptionSource
}

export interface AppliedShare extends AppliedBase {
  readonly type: 'share'
  readonly from: Id
  readonly to: readonly Id[]
  readonly facts: readonly Id[]
  /** How the facts were presented; `confirmed` when the event had no label. */
  readonly label: Certainty
  readonly message?: Message
}
export interface AppliedStatement extends AppliedBase {
  readonly type: 'statement'
  readonly from: Id
  readonly to: readonly Id[]
  readonly text: string
  readonly certainty: Certainty
  readonly label?: Certainty
}
export interface AppliedDecide extends AppliedBase {
  readonly type: 'decide'
  readonly role: Id
  readonly option: Id
  /** Shown in the debrief when set: the option's teaching point. */
  readonly debrief?: string
}
export interface AppliedAct extends AppliedBase {
  readonly type: 'act'
  readonly role: Id
  readonly action: Id
  /** The action's level (0-3) from the catalog. */
  readonly level: ThreatLevel
}
export interface AppliedDecline extends AppliedBase {
  readonly type: 'decline'
  readonly role: Id
  readonly to: readonly Id[]
  readonly facts: readonly Id[]
  readonly reason: DeclineEvent['reason']
}
export interface AppliedAdvance extends AppliedBase {
  readonly type: 'advance'
  /** The inject entered, or absent when leaving the last inject ended play. */
  readonly entered?: Id
}
export interface AppliedNote extends AppliedBase {
  readonly type: 'note'
  readonly text: string
}
export interface AppliedEnd extends AppliedBase {
  readonly type: 'end'
}

export type AppliedEvent =
  | AppliedShare
  | AppliedStatement
  | AppliedDecide
  | AppliedAct
  | AppliedDecline
  | AppliedAdvance
  | AppliedNote
  | AppliedEnd

/** The first time a role learned a fact (later learnings of the same fact are not recorded). */
export interface Learning {
  readonly role: Id
  readonly fact: Id
  readonly at: Minute
  /** The sharer; absent when the fact was revealed by an inject. */
  readonly from?: Id
  /** The log index of the share (or of its decide); absent for reveals. */
  readonly index?: number
  /** The inject that was current (for reveals: the inject that revealed it). */
  readonly inject: Id
}

/** An inject entered during play. Its `threat` holds until the next entry. */
export interface InjectEntry {
  readonly inject: Id
  readonly at: Minute
  readonly threat: ThreatLevel
  /** The log index of the `advance` that entered it; absent for the first inject. */
  readonly index?: number
}

export interface PlayEnd {
  readonly at: Minute
  /** `end` event, leaving the last inject, or the log simply stops (a session in progress). */
  readonly reason: 'end' | 'last-inject' | 'open'
  readonly index?: number
}

export interface Replay {
  readonly index: ScenarioIndex
  readonly log: Log
  /** Every event in order, option events expanded after their `decide`. */
  readonly applied: readonly AppliedEvent[]
  /** First learnings in the order they happened. */
  readonly learnings: readonly Learning[]
  /** role -> fact -> first learning. */
  readonly knowledge: ReadonlyMap<Id, ReadonlyMap<Id, Learning>>
  /** Injects in the order they were entered (also the threat level at every moment). */
  readonly injects: readonly InjectEntry[]
  /** The clock at the end of the log. */
  readonly clock: Minute
  readonly end: PlayEnd
}

/** A rule of the model broken by an event: the log index, the field and what is wrong. */
export interface ReplayError {
  readonly index: number
  readonly field?: string
  readonly message: string
}

export type ReplayResult =
  | { readonly ok: true; readonly replay: Replay }
  | { readonly ok: false; readonly error: ReplayError }

export type { ActEvent, AdvanceEvent, EndEvent, NoteEvent, ShareEvent, StatementEvent }
