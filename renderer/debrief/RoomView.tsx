import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react'
import { namesOf } from '../../engine/debrief'
import type { Debrief } from '../../engine/debrief/schema'
import type { Scenario } from '../../engine/scenario/schema'
import { useFit } from '../projector/use-fit'
import { announce, pageAfterKey, pageTitle, roomPages } from './room-deck'
import { RoomPageView } from './RoomPageView'

/**
 * The debrief for a room: one page at a time in projector type, fitted to the screen like a
 * slide — the objective ratings, the flags that matter most with their teaching points,
 * then the flags one by one in time order. ←/→ (or the buttons) move, Home and End jump;
 * each move is announced. The full report stays one click away (`toggle`).
 */
export function RoomView({
  debrief,
  scenario,
  subtitle,
  toggle,
  onBack,
}: {
  debrief: Debrief
  scenario: Scenario
  subtitle: string
  toggle: ReactNode
  onBack: () => void
}) {
  const pages = useMemo(() => roomPages(debrief, namesOf(scenario)), [debrief, scenario])
  const [at, setAt] = useState(0)
  const page = pages[Math.min(at, pages.length - 1)]
  const content = useRef<HTMLElement>(null)
  useFit(content, page)
  useDeckKeys(pages.length, setAt)
  if (page === undefined) return null
  return (
    <main className="room-view" aria-labelledby="room-title">
      <header className="room-bar">
        <h1 id="room-title" className="room-scenario">
          Debrief: {scenario.title}
        </h1>
        {subtitle !== '' && <span className="room-subtitle">{subtitle}</span>}
        {toggle}
        <button type="button" onClick={onBack}>
          Back to the library
        </button>
      </header>
      <section className="room-page" ref={content} aria-labelledby="room-page-title">
        <RoomPageView
          page={page}
          debrief={debrief}
          onOpen={(flag) => {
            setAt(pageOfFlag(pages, flag, at))
          }}
        />
      </section>
      <nav className="room-nav" aria-label="Steps">
        <button
          type="button"
          onClick={() => {
            setAt(Math.max(0, at - 1))
          }}
          disabled={at === 0}
        >
          <span aria-hidden="true">←</span> Previous
        </button>
        <p className="room-position" aria-hidden="true">
          {at + 1} / {pages.length} · {pageTitle(page)}
        </p>
        <button
          type="button"
          onClick={() => {
            setAt(Math.min(pages.length - 1, at + 1))
          }}
          disabled={at === pages.length - 1}
        >
          Next <span aria-hidden="true">→</span>
        </button>
      </nav>
      <p className="visually-hidden" role="status">
        {announce(pages, at)}
      </p>
    </main>
  )
}

function pageOfFlag(pages: ReturnType<typeof roomPages>, flag: number, fallback: number): number {
  const found = pages.findIndex((p) => p.kind === 'flag' && p.step.index === flag)
  return found >= 0 ? found : fallback
}

/**
 * The deck's keys, on the whole window while the room view is shown, except in a text
 * field or with a modifier (the browser's and the system's shortcuts stay theirs).
 */
function useDeckKeys(count: number, setAt: Dispatch<SetStateAction<number>>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      if (event.shiftKey || isEditable(event.target)) return
      if (pageAfterKey(event.key, 0, count) === undefined) return
      event.preventDefault()
      setAt((at) => pageAfterKey(event.key, at, count) ?? at)
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
    }
  }, [count, setAt])
}

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}
