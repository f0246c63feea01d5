/**
 * The browser's own navigation, kept inside the app: a reload returns to the session that
 * was running in this tab (its id is kept in sessionStorage, which lives as long as the
 * tab), and the Back button steps back a screen instead of leaving the page. Back never
 * leaves a running session or the studio, where it could lose a thought mid-sentence.
 */
import { useEffect, useRef } from 'react'
import { AppActor } from './app-actor'

const RUNNING = 'need-to-know:running-session'
/** Screens Back leaves for the library; elsewhere Back does nothing. */
const BACK_LEAVES: ReadonlySet<string> = new Set(['setup', 'debrief'])

export function useTabNavigation(screen: string): void {
  const actor = AppActor.useActorRef()
  const runningId = AppActor.useSelector((s) => s.context.running?.saved.id)
  const sessions = AppActor.useSelector((s) => s.context.library.sessions)
  const triedResume = useRef(false)

  useEffect(() => {
    if (screen === 'running' && runningId !== undefined) store(runningId)
    else if (screen !== 'loading' && (screen !== 'library' || triedResume.current)) store(null)
  }, [screen, runningId])

  useEffect(() => {
    if (triedResume.current || screen !== 'library') return
    triedResume.current = true
    const id = read()
    store(null) // tried once: a session that no longer opens is not retried forever
    if (id !== null && sessions.some((session) => session.id === id)) {
      actor.send({ type: 'resume', id })
    }
  }, [screen, sessions, actor])

  const screenRef = useRef(screen)
  useEffect(() => {
    screenRef.current = screen
  }, [screen])
  useEffect(() => {
    // One entry of our own to come back to: Back lands on it and stays in the page.
    window.history.pushState({ needToKnow: true }, '')
    const onPop = () => {
      window.history.pushState({ needToKnow: true }, '')
      if (BACK_LEAVES.has(screenRef.current)) actor.send({ type: 'back' })
    }
    window.addEventListener('popstate', onPop)
    return () => {
      window.removeEventListener('popstate', onPop)
    }
  }, [actor])
}

function read(): string | null {
  try {
    return sessionStorage.getItem(RUNNING)
  } catch {
    return null
  }
}

function store(id: string | null): void {
  try {
    if (id === null) sessionStorage.removeItem(RUNNING)
    else sessionStorage.setItem(RUNNING, id)
  } catch {
    // Without sessionStorage a reload lands on the library, where the session is offered.
  }
}
