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
  const { evaluation, update } = useEvaluation(host, sessionId, scenario.id)
  // The debrief was built from this log, so it replays; without an index there is no prefill.
  const index = useMemo(() => {
    const played = replay(scenario, log)
    return played.ok ? played.replay.index : undefined
  }, [scenario, log])
  const prefill = useCallback(
    (e: Evaluation) => (index === undefined ? [] : prefillFor(index, debrief, e)),
    [index, debrief],
  )
  const responses = evaluation.feedback.length
  return (
    <>
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
