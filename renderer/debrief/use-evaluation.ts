/**
 * The session's HSEEP evaluation (docs/hseep.md): loaded through the host, saved after every
 * change (the browser keeps it in IndexedDB, the desktop app in a file beside the sessions).
 * Nothing is editable until the stored evaluation is read, so a slow read can never replace
 * what the evaluator typed; a failed read or save is reported with a retry, never swallowed.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { emptyEvaluation, type Evaluation } from '../../engine/hseep/evaluation'
import type { HostApi } from '../../contract/host-api'
import { EvaluationSaver, type SaveState } from './evaluation-saver'

export type EvaluationState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'unreadable'; readonly reason: string; readonly retry: () => void }
  | {
      readonly kind: 'ready'
      readonly evaluation: Evaluation
      readonly update: (change: (e: Evaluation) => Evaluation) => void
      readonly saving: SaveState
      readonly retrySave: () => void
    }

export function useEvaluation(host: HostApi, sessionId: string, scenarioId: string) {
  const [loaded, setLoaded] = useState<
    | { kind: 'loading' }
    | { kind: 'unreadable'; reason: string }
    | { kind: 'ready'; evaluation: Evaluation }
  >({ kind: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [saving, setSaving] = useState<SaveState>({ kind: 'saved' })
  // The evaluation as last changed, read by `update` so each change builds on the one before
  // even when two arrive before React renders; undefined until the stored one is read.
  const current = useRef<Evaluation | undefined>(undefined)

  useEffect(() => {
    let live = true
    current.current = undefined
    host.loadEvaluation(sessionId).then(
      (stored) => {
        if (!live) return
        const evaluation =
          stored ?? emptyEvaluation(scenarioId, new Date().toISOString().slice(0, 10))
        current.current = evaluation
        setLoaded({ kind: 'ready', evaluation })
      },
      (error: unknown) => {
        if (live) setLoaded({ kind: 'unreadable', reason: messageOf(error) })
      },
    )
    return () => {
      live = false
    }
  }, [host, sessionId, scenarioId, attempt])

  const saver = useMemo(
    () => new EvaluationSaver((e) => host.saveEvaluation(sessionId, e), setSaving),
    [host, sessionId],
  )
  const update = useCallback(
    (change: (e: Evaluation) => Evaluation) => {
      const before = current.current
      if (before === undefined) return
      const next = change(before)
      current.current = next
      setLoaded({ kind: 'ready', evaluation: next })
      saver.save(next)
    },
    [saver],
  )
  const retryLoad = useCallback(() => {
    setLoaded({ kind: 'loading' })
    setAttempt((n) => n + 1)
  }, [])
  const retrySave = useCallback(() => {
    saver.retry()
  }, [saver])

  return useMemo((): EvaluationState => {
    if (loaded.kind === 'loading') return loaded
    if (loaded.kind === 'unreadable') return { ...loaded, retry: retryLoad }
    return { kind: 'ready', evaluation: loaded.evaluation, update, saving, retrySave }
  }, [loaded, update, saving, retrySave, retryLoad])
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
