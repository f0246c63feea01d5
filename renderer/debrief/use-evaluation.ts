/**
 * The session's HSEEP evaluation (docs/hseep.md): loaded through the host, saved after every
 * change (the browser keeps it in IndexedDB, the desktop app in a file beside the sessions).
 */
import { useCallback, useEffect, useState } from 'react'
import { emptyEvaluation, type Evaluation } from '../../engine/hseep/evaluation'
import type { HostApi } from '../../contract/host-api'

export function useEvaluation(
  host: HostApi,
  sessionId: string,
  scenarioId: string,
): {
  evaluation: Evaluation
  update: (change: (e: Evaluation) => Evaluation) => void
} {
  const [evaluation, setEvaluation] = useState(() =>
    emptyEvaluation(scenarioId, new Date().toISOString().slice(0, 10)),
  )
  useEffect(() => {
    let live = true
    void host.loadEvaluation(sessionId).then((stored) => {
      if (live && stored !== null) setEvaluation(stored)
    })
    return () => {
      live = false
    }
  }, [host, sessionId])
  const update = useCallback(
    (change: (e: Evaluation) => Evaluation) => {
      setEvaluation((current) => {
        const next = change(current)
        void host.saveEvaluation(sessionId, next)
        return next
      })
    },
    [host, sessionId],
  )
  return { evaluation, update }
}
