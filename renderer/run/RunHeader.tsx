import { toClock } from '../../engine/scenario/clock'
import { AppActor } from '../app/app-actor'
import { ClockIcon } from '../ui/ClockIcon'
import { ThreatBadge } from '../ui/ThreatBadge'
import { requestAdvance } from './advance'
import { SaveStatus } from './SaveStatus'
import { sendDraft, useCheck, useRun, useSessionView, type RunRef } from './use-run'

const ADVANCE = { type: 'advance' } as const
const END = { type: 'end' } as const

/** The bar the facilitator steers by: clock, threat, advance, pause, undo, views. */
export function RunHeader({
  run,
  onHelp,
  onFullscreen,
}: {
  run: RunRef
  onHelp: () => void
  onFullscreen: () => void
}) {
  const { view, session } = useSessionView(run)
  const clock = useRun(run, (s) => s.context.clock)
  const ticking = useRun(run, (s) => s.hasTag('ticking'))
  const paused = useRun(run, (s) => s.hasTag('paused'))
  const manual = useRun(run, (s) => s.hasTag('manual-clock'))
  const projector = useRun(run, (s) => s.context.projector)
  const canAdvance = useCheck(run, ADVANCE).can
  const canEnd = useCheck(run, END).can
  const canUndo = view.canUndo
  const send = run.send
  // The desktop app puts the projector on the second display itself (Full screen, F).
  const web = AppActor.useSelector((s) => s.context.host.platform === 'web')
  return (
    <header className="run-header">
      <div className="run-title">
        <span className="muted">{session.scenario.title}</span>
      </div>
      <div className="clock" aria-label={`Scenario clock ${toClock(clock)}`} role="timer">
        <ClockIcon /> {toClock(clock)}
        {paused && <span className="clock-state"> paused</span>}
      </div>
      <ThreatBadge level={view.threat} size="large" />
      <SaveStatus run={run} />
      <div className="run-controls row" role="toolbar" aria-label="Play controls">
        <button
          type="button"
          className="primary"
          disabled={!canAdvance}
          onClick={() => {
            requestAdvance(run, (message) => window.confirm(message))
          }}
        >
          Next inject <kbd>N</kbd>
        </button>
        {manual && (
          <button
            type="button"
            onClick={() => {
              send({ type: 'add-minutes', minutes: 5 })
            }}
          >
            +5 min <kbd>+</kbd>
          </button>
        )}
        {(ticking || paused) && (
          <button
            type="button"
            onClick={() => {
              send({ type: ticking ? 'pause' : 'resume' })
            }}
          >
            {ticking ? 'Pause' : 'Start clock'} <kbd>Space</kbd>
          </button>
        )}
        <button
          type="button"
          disabled={!canUndo}
          onClick={() => {
            send({ type: 'undo' })
          }}
        >
          Undo <kbd>Ctrl+Z</kbd>
        </button>
        <button
          type="button"
          aria-pressed={projector}
          onClick={() => {
            send({ type: 'toggle-projector' })
          }}
        >
          Projector view <kbd>P</kbd>
        </button>
        {web && (
          <button
            type="button"
            title="Opens the room's view in its own window: drag it to the projector"
            onClick={openProjectorWindow}
          >
            Projector window
          </button>
        )}
        <button type="button" onClick={onFullscreen}>
          Full screen <kbd>F</kbd>
        </button>
        <button
          type="button"
          disabled={!canEnd}
          onClick={() => {
            if (window.confirm('End play and go to the debrief?')) sendDraft(run, END)
          }}
        >
          End
        </button>
        <button type="button" aria-label="Keyboard help" onClick={onHelp}>
          <kbd>?</kbd>
        </button>
      </div>
    </header>
  )
}

/** The room's view in its own browser window, which follows this console (#/projector). */
function openProjectorWindow(): void {
  const url = `${window.location.pathname}${window.location.search}#/projector`
  window.open(url, 'need-to-know-projector', 'popup,width=1280,height=720')
}
