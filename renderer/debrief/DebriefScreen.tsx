import { useMemo, useState } from 'react'
import { AppActor } from '../app/app-actor'
import { EscalationTimeline } from './EscalationTimeline'
import { ExportBar } from './ExportBar'
import { FlagsPanel } from './FlagsPanel'
import { FlowPanel } from './FlowPanel'
import { HseepSection } from './HseepSection'
import { LogTimeline } from './LogTimeline'
import { makeDebrief } from './make-debrief'
import { ObjectiveRatings } from './ObjectiveRatings'
import { ReportLists } from './ReportLists'
import { ScoresPanel } from './ScoresPanel'
import { RoomView } from './RoomView'
import { ViewToggle, type DebriefView } from './ViewToggle'
import { WhatHappened } from './WhatHappened'
import { dayOf } from './export-name'
import { sessionSection } from './session-notes'
import { SessionNotesPanel } from './SessionNotesPanel'

/** After play: what happened, what it means, and the files to take home. */
export function DebriefScreen() {
  const finished = AppActor.useSelector((s) => s.context.finished)
  const actor = AppActor.useActorRef()
  const scenario = finished?.session.scenario
  const log = finished?.session.view().log
  const policyText = finished?.saved.setup.policyText
  const result = useMemo(
    () => (scenario && log ? makeDebrief(scenario, log, policyText) : undefined),
    [scenario, log, policyText],
  )
  const [view, setView] = useState<DebriefView>('report')
  if (!finished || !scenario || !log || !result) return null
  const table = finished.saved.setup.tableName
  const date = dayOf(finished.saved.updatedAt)
  const toggle = result.ok && <ViewToggle view={view} onChange={setView} />
  if (view === 'room' && result.ok) {
    return (
      <RoomView
        debrief={result.debrief}
        scenario={scenario}
        subtitle={table === '' ? date : `${table} · ${date}`}
        toggle={toggle}
        onBack={() => {
          actor.send({ type: 'back' })
        }}
      />
    )
  }
  const section = sessionSection(scenario, log, result.ok ? result.debrief : undefined, table, date)
  return (
    <main className="screen debrief">
      <header className="screen-head row">
        <h1>Debrief: {scenario.title}</h1>
        <p className="muted">
          {table === '' ? '' : `${table} · `}
          {date}
        </p>
        {toggle}
        <button
          type="button"
          onClick={() => {
            actor.send({ type: 'back' })
          }}
        >
          Back to the library
        </button>
      </header>
      <ExportBar
        scenario={scenario}
        log={log}
        debrief={result.ok ? result.debrief : undefined}
        tableName={table}
        at={finished.saved.updatedAt}
      />
      {result.ok && (
        <HseepSection
          // One evaluation per session: a new session starts from its own stored one.
          key={finished.saved.id}
          sessionId={finished.saved.id}
          scenario={scenario}
          log={log}
          debrief={result.debrief}
        />
      )}
      {result.ok ? (
        <div className="debrief-grid">
          <ObjectiveRatings debrief={result.debrief} />
          <ScoresPanel scores={result.debrief.scores} />
          <FlagsPanel flags={result.debrief.flags} scenario={scenario} />
          <EscalationTimeline timeline={result.debrief.timeline} />
          <FlowPanel debrief={result.debrief} scenario={scenario} />
          <SessionNotesPanel section={section} />
          <ReportLists debrief={result.debrief} scenario={scenario} />
          <WhatHappened debrief={result.debrief} scenario={scenario} />
        </div>
      ) : (
        <>
          <p className="error" role="alert">
            The debrief could not be built: {result.error}
          </p>
          <LogTimeline scenario={scenario} log={log} />
        </>
      )}
    </main>
  )
}
