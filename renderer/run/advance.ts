/**
 * Leaving an inject is the one move that cannot be taken back by accident without losing the
 * room's attention: it ends play on the last inject and skips every decision still open. The
 * key and the button both come here, and both ask first in those two cases.
 */
import type { Scenario } from '../../engine/scenario/schema'
import type { OpenDecision } from '../exercise/session-port'
import type { RunRef } from './use-run'
import { sendDraft } from './use-run'

/** What the facilitator must confirm before advancing, or undefined when nothing is at stake. */
export function advanceWarning(
  scenario: Scenario,
  open: readonly OpenDecision[],
  endsPlay: boolean,
): string | undefined {
  const lines: string[] = []
  if (open.length > 0) {
    const title = (role: string) => scenario.roles.find((r) => r.id === role)?.title ?? role
    const who = open.map((decision) => title(decision.role)).join(', ')
    const count = open.length === 1 ? 'A decision is' : `${open.length} decisions are`
    lines.push(
      `${count} still open (${who}); moving on skips ${open.length === 1 ? 'it' : 'them'}.`,
    )
  }
  if (endsPlay) lines.push('This is the last inject: moving on ends play and opens the debrief.')
  return lines.length === 0 ? undefined : `${lines.join('\n')}\n\nMove on anyway?`
}

/** Advances after asking when something is at stake; true when play moved on. */
export function requestAdvance(run: RunRef, confirm: (message: string) => boolean): boolean {
  const draft = { type: 'advance' } as const
  const snapshot = run.getSnapshot()
  if (!snapshot.can({ type: 'dispatch', draft })) return false
  const { session, view } = snapshot.context
  const warning = advanceWarning(session.scenario, view.openDecisions, session.advanceEnds())
  if (warning !== undefined && !confirm(warning)) return false
  return sendDraft(run, draft)
}
