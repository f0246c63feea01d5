import type { Draft } from './run-machine'
import type { RunRef } from './use-run'

/** Sends a draft; true when the engine accepted it (so a form may clear itself). */
export function sendDraft(run: RunRef, draft: Draft): boolean {
  run.send({ type: 'dispatch', draft })
  return run.getSnapshot().context.error === undefined
}
