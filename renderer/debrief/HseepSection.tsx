/**
 * The HSEEP part of the debrief (docs/hseep.md): the documents to export, and the evaluation
 * they carry (final ratings, hot wash), folded away until the evaluator opens it.
 */
import type { Debrief } from '../../engine/debrief/schema'
import type { Log } from '../../engine/exercise/log'
import type { Scenario } from '../../engine/scenario/schema'
import { AppActor } from '../app/app-actor'
import { Drawer } from '../ui/Drawer'
import { EvaluationPanel } from './EvaluationPanel'
import { HseepExports } from './HseepExports'
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
  const { evaluation, update, kept } = useEvaluation(host, sessionId, scenario.id)
  return (
    <>
      <HseepExports scenario={scenario} log={log} debrief={debrief} evaluation={evaluation} />
      <Drawer title="Evaluation: final ratings and hot wash">
        {!kept && (
          <p className="muted">
            This edition does not keep the evaluation yet: export before leaving.
          </p>
        )}
        <EvaluationPanel debrief={debrief} log={log} evaluation={evaluation} update={update} />
      </Drawer>
    </>
  )
}
