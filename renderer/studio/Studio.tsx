import { useCallback, useMemo, useState } from 'react'
import type { HostApi } from '../../contract/host-api'
import { buildInjectGraph } from '../../engine/studio/graph'
import { injectPositions } from '../../engine/studio/locate'
import { SKELETON, SKELETON_NAME } from '../../engine/studio/template'
import { ScenarioEditor, type CursorRequest } from './editor/ScenarioEditor'
import { FileBar } from './FileBar'
import { InjectGraphView } from './graph/InjectGraphView'
import { PathsReportView } from './PathsReportView'
import { PlaytestPanel } from './playtest/PlaytestPanel'
import { ProblemsList } from './ProblemsList'
import { SideTabs, type SideTab } from './SideTabs'
import { useStudioDocument } from './use-studio-document'

export interface StudioProps {
  readonly host: HostApi
  /** A scenario to edit (a user's file, or a shipped one to copy); the skeleton otherwise. */
  readonly initial?: { readonly name: string; readonly text: string; readonly saved: boolean }
  /** Play the scenario in the app proper (setup screen); the button shows only if given. */
  readonly onRun?: (text: string) => void
  readonly onClose: () => void
}

/** The Scenario Studio: YAML with live validation beside its graph, playtest and paths. */
export function Studio({ host, initial, onRun, onClose }: StudioProps) {
  const studio = useStudioDocument({
    name: initial?.name ?? SKELETON_NAME,
    text: initial?.text ?? SKELETON,
    saved: initial?.saved ?? false,
  })
  const { doc, validation } = studio
  const [tab, setTab] = useState<SideTab>('graph')
  const [cursor, setCursor] = useState<CursorRequest | undefined>()
  const goTo = useCallback((line: number, col: number) => {
    setCursor((previous) => ({ line, col, nonce: (previous?.nonce ?? 0) + 1 }))
  }, [])
  const openInject = useCallback(
    (id: string) => {
      const at = injectPositions(doc.text).get(id)
      if (at !== undefined) goTo(at.line, at.col)
    },
    [doc.text, goTo],
  )
  const graph = useMemo(
    () => (validation.lastGood === undefined ? undefined : buildInjectGraph(validation.lastGood)),
    [validation.lastGood],
  )
  return (
    <main className="studio" aria-label="Scenario Studio">
      <header className="studio-header">
        <h1>Scenario Studio</h1>
        <FileBar
          host={host}
          name={studio.fileName}
          editing={doc.savedAs}
          text={doc.text}
          dirty={studio.dirty}
          valid={validation.current}
          scenario={validation.lastGood}
          onOpen={studio.open}
          onRename={studio.rename}
          onSaved={studio.markSaved}
          onRun={
            onRun === undefined
              ? undefined
              : () => {
                  onRun(doc.text)
                }
          }
          onClose={onClose}
        />
      </header>
      <div className="studio-body">
        <div className="studio-left">
          <ScenarioEditor
            text={doc.opened}
            revision={doc.revision}
            file={studio.fileName}
            cursor={cursor}
            onChange={studio.change}
            onValidated={studio.validated}
          />
          <ProblemsList diagnostics={validation.diagnostics} onGoTo={goTo} />
        </div>
        <SideTabs tab={tab} onTab={setTab}>
          {validation.lastGood === undefined || graph === undefined ? (
            <p>Fix the errors in the scenario to see its graph.</p>
          ) : tab === 'graph' ? (
            <>
              {!validation.current && (
                <p className="studio-stale" role="status">
                  Last valid version, greyed: the text has errors, so the graph may not match it.
                </p>
              )}
              <div
                className={validation.current ? 'studio-graph-frame' : 'studio-graph-frame stale'}
              >
                <InjectGraphView graph={graph} onOpen={openInject} />
              </div>
            </>
          ) : tab === 'playtest' ? (
            <PlaytestPanel scenario={validation.lastGood} current={validation.current} />
          ) : (
            <PathsReportView scenario={validation.lastGood} />
          )}
        </SideTabs>
      </div>
    </main>
  )
}
