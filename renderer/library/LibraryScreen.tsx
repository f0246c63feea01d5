import { useCallback, useEffect, useState, type DragEvent } from 'react'
import { AppActor } from '../app/app-actor'
import { useMenuCommand } from '../app/use-menu-command'
import { ScenarioCard } from './ScenarioCard'
import { RecentFiles } from './RecentFiles'
import { ResumeList } from './ResumeList'
import { PastSessions } from './PastSessions'

/** The start screen: sessions to resume first (a crash should cost nothing), then the scenarios. */
export function LibraryScreen({ busy }: { busy: boolean }) {
  const entries = AppActor.useSelector((s) => s.context.library.entries)
  const notices = AppActor.useSelector((s) => s.context.library.notices)
  const actor = AppActor.useActorRef()
  const highlight = AppActor.useSelector((s) => s.context.highlight)
  // The file just opened: its card is brought into view and focused, wherever it sorts.
  useEffect(() => {
    if (highlight === undefined || busy) return
    const card = document.querySelector<HTMLElement>(`[data-key="${CSS.escape(highlight)}"]`)
    if (!card) return
    card.scrollIntoView({ block: 'center' })
    card.focus({ preventScroll: true })
    actor.send({ type: 'highlighted' })
  }, [highlight, busy, entries, actor])
  const openFile = useCallback(() => {
    actor.send({ type: 'open-file' })
  }, [actor])
  useMenuCommand('open-scenario', openFile)
  const [dragging, setDragging] = useState(false)
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event) || busy) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    setDragging(true)
  }
  const onDrop = (event: DragEvent) => {
    setDragging(false)
    if (!hasFiles(event) || busy) return
    event.preventDefault()
    actor.send({ type: 'open-files', files: [...event.dataTransfer.files] })
  }
  return (
    <main
      className={dragging ? 'screen library dragging' : 'screen library'}
      aria-busy={busy}
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        // Leaving for a child is not leaving the screen.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false)
      }}
      onDrop={onDrop}
    >
      {dragging && (
        <p className="drop-hint" role="status">
          Drop a scenario file (.yaml), with the images its materials use, to open it.
        </p>
      )}
      <header className="screen-head row">
        <h1>Need to Know</h1>
        <p className="muted tagline">
          Tabletop exercises on sharing information in a school crisis
        </p>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            actor.send({ type: 'open-file' })
          }}
        >
          Open a scenario file…
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            actor.send({ type: 'open-studio' })
          }}
        >
          Scenario Studio
        </button>
      </header>
      {notices.map((notice) => (
        <p key={notice} className="notice" role="status">
          {notice}
        </p>
      ))}
      <ResumeList />
      <PastSessions />
      <RecentFiles busy={busy} />
      <section aria-labelledby="scenarios-heading">
        <h2 id="scenarios-heading">Scenarios</h2>
        {busy && entries.length === 0 ? (
          <p role="status">Loading the library…</p>
        ) : (
          <ul className="cards">
            {entries.map((entry) => (
              <li key={entry.key}>
                <ScenarioCard entry={entry} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  )
}

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files')
}
