import { useCallback, useState } from 'react'
import { AppActor } from '../app/app-actor'
import { ProjectorView } from '../projector/ProjectorView'
import { ActForm, NoteForm } from './ActAndNote'
import { DecisionsPanel } from './DecisionsPanel'
import { EventLog, UndoneNotice } from './EventLog'
import { HelpOverlay } from './HelpOverlay'
import { FacilitatorNotes, InjectPanel } from './InjectPanel'
import { KnowledgeMatrix } from './KnowledgeMatrix'
import { ObservationPanel } from './ObservationPanel'
import { RunHeader } from './RunHeader'
import { ShareComposer } from './ShareComposer'
import { DeclineForm, StatementForm } from './StatementAndDecline'
import { useRun, useRunRef, useSessionView, type RunRef } from './use-run'
import { useRunKeys } from './use-run-keys'
import { useMenuCommand } from '../app/use-menu-command'
import { Drawer } from '../ui/Drawer'
import { MediaContext, useScenarioMedia } from '../materials/scenario-media'
import { notesKey } from '../projector/projector-state'
import { useProjectorState, usePublishProjector } from './use-projector-state'
import { LetParticipantsJoin } from '../room/LetParticipantsJoin'
import { useConsoleRoom, type ConsoleRoom } from '../room/use-console-room'

/** The facilitator's console, or the projector view of the same moment (P switches). */
export function RunScreen() {
  const run = useRunRef()
  if (!run) return null
  return <RunConsole run={run} />
}

function RunConsole({ run }: { run: RunRef }) {
  const host = AppActor.useSelector((s) => s.context.host)
  const scenarioText = AppActor.useSelector((s) => s.context.running?.saved.setup.scenarioText)
  const media = useScenarioMedia(host, scenarioText)
  const projector = useRun(run, (s) => s.context.projector)
  const projectorState = useProjectorState(run)
  usePublishProjector(host, projectorState)
  // Here, not in the console body: hosting goes on while the projector view is shown.
  const room = useConsoleRoom(run, host.room)
  const [help, setHelp] = useState(false)
  const onHelp = useCallback(() => {
    setHelp(true)
  }, [])
  const onFullscreen = useCallback(() => {
    void host.toggleProjector()
  }, [host])
  const undo = useCallback(() => {
    run.send({ type: 'undo' })
  }, [run])
  useRunKeys(run, { onHelp, onFullscreen })
  useMenuCommand('undo', undo)
  return (
    <MediaContext value={media}>
      {projector && (
        <button
          type="button"
          className="projector-exit"
          onClick={() => {
            run.send({ type: 'toggle-projector' })
          }}
        >
          Back to the console <kbd>P</kbd>
        </button>
      )}
      {projector ? (
        <ProjectorView state={projectorState} />
      ) : (
        <ConsoleBody run={run} room={room} onHelp={onHelp} onFullscreen={onFullscreen} />
      )}
      {help && (
        <HelpOverlay
          onClose={() => {
            setHelp(false)
          }}
        />
      )}
    </MediaContext>
  )
}

function ConsoleBody({
  run,
  room,
  onHelp,
  onFullscreen,
}: {
  run: RunRef
  room: ConsoleRoom | undefined
  onHelp: () => void
  onFullscreen: () => void
}) {
  const { view } = useSessionView(run)
  const notesShown = useRun(run, (s) => s.context.shown.has(notesKey(view.inject.id)))
  return (
    <div className="console">
      <RunHeader run={run} onHelp={onHelp} onFullscreen={onFullscreen} />
      <UndoneNotice run={run} />
      <main className="console-grid">
        <div className="console-main stack">
          <InjectPanel inject={view.inject} between={<DecisionsPanel run={run} />} />
          <ShareComposer run={run} />
        </div>
        <div className="console-side stack">
          <FacilitatorNotes inject={view.inject} />
          {view.inject.notes !== undefined && (
            <button
              type="button"
              aria-pressed={notesShown}
              onClick={() => {
                run.send({ type: 'toggle-shown', key: notesKey(view.inject.id) })
              }}
            >
              {notesShown ? 'Notes shown on projector' : 'Show notes on projector'}
            </button>
          )}
          <Drawer title="Act" open>
            <ActForm run={run} />
          </Drawer>
          <Drawer title="Statement">
            <StatementForm run={run} />
          </Drawer>
          <Drawer title="Decline to share">
            <DeclineForm run={run} />
          </Drawer>
          <Drawer
            title={
              <>
                Note <span className="private-tag">private</span>
              </>
            }
          >
            <NoteForm run={run} />
          </Drawer>
          <LetParticipantsJoin room={room} />
          <ObservationPanel run={run} />
          <KnowledgeMatrix run={run} />
          <EventLog run={run} />
        </div>
      </main>
    </div>
  )
}
