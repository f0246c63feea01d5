/**
 * The HSEEP part of the debrief (docs/hseep.md): the documents to export, and the evaluation
 * they carry — final ratings and hot wash, the improvement plan, participant feedback, the
 * exercise's details and participants — each folded away until the evaluator opens it.
 */
import { useCallback, useMemo } from 'react'
import type { Debrief } from '../../engine/debrief/schema'
import type { Log } from '../../engine/exercise/log'
import { replay } from '../../engine/exercise/replay'
import type { Evaluation } from '../../engine/hseep/evaluation'
import { prefillFor } from '../../engine/hseep/plan'
import type { Scenario } from '../../engine/scenario/schema'
import { AppActor } from '../app/app-actor'
import { Drawer } from '../ui/Drawer'
import { EvaluationPanel } from './EvaluationPanel'
import { ExerciseDetailsPanel } from './ExerciseDetailsPanel'
import { FeedbackEntry } from './FeedbackEntry'
import { HseepExports } from './HseepExports'
import { PlanMatrix } from './PlanMatrix'
import type { SaveState } from './evaluation-saver'
import { useEvaluation } from './use-evaluation'

export function HseepSection({
  sessionId,
  scenario,
  log,
  debrief,
}: {
  sessionId: string
  scenario: Scenario
  log: Log
  debrief: Debrief
}) {
  const host = AppActor.useSelector((s) => s.context.host)
  const state = useEvaluation(host, sessionId, scenario.id)
  // The debrief was built from this log, so it replays; without an index there is no prefill.
  const index = useMemo(() => {
    const played = replay(scenario, log)
    return played.ok ? played.replay.index : undefined
  }, [scenario, log])
  const prefill = useCallback(
    (e: Evaluation) => (index === undefined ? [] : prefillFor(index, debrief, e)),
    [index, debrief],
  )
  if (state.kind === 'loading') return <p role="status">Reading the evaluation…</p>
  if (state.kind === 'unreadable') {
    return (
      <div className="save-status not-saved row" role="alert">
        <span>
          <strong>The evaluation could not be read.</strong> {state.reason} Nothing was changed.
        </span>
        <button type="button" onClick={state.retry}>
          Try again
        </button>
      </div>
    )
  }
  const { evaluation, update } = state
  const responses = evaluation.feedback.length
  return (
    <>
      <EvaluationSaveStatus saving={state.saving} retry={state.retrySave} />
      <HseepExports scenario={scenario} log={log} debrief={debrief} evaluation={evaluation} />
      <Drawer title="Evaluation: final ratings and hot wash">
        <EvaluationPanel debrief={debrief} log={log} evaluation={evaluation} update={update} />
      </Drawer>
      <Drawer title="Improvement plan matrix">
        <PlanMatrix evaluation={evaluation} update={update} prefill={prefill} />
      </Drawer>
      <Drawer title={`Participant feedback (${responses} response${responses === 1 ? '' : 's'})`}>
        <FeedbackEntry scenario={scenario} evaluation={evaluation} update={update} />
      </Drawer>
      <Drawer title="Exercise details and participants">
        <ExerciseDetailsPanel evaluation={evaluation} update={update} />
      </Drawer>
    </>
  )
}

/**
 * Quiet while saves succeed; a failed save says so with the reason and a retry, and stays
 * until a save succeeds, so an evaluator never closes the debrief believing it kept.
 */
function EvaluationSaveStatus({ saving, retry }: { saving: SaveState; retry: () => void }) {
  if (saving.kind !== 'failed') {
    return (
      <p className="save-status muted" role="status">
        {saving.kind === 'saving' ? 'Saving the evaluation…' : 'Evaluation saved'}
      </p>
    )
  }
  return (
    <div className="save-status not-saved row" role="alert">
      <span>
        <strong>Evaluation not saved.</strong> {saving.reason}
      </span>
      <button type="button" onClick={retry}>
        Retry saving
      </button>
    </div>
  )
}
