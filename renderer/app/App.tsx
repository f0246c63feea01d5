import { useEffect } from 'react'
import { AppActor } from './app-actor'
import { LibraryScreen } from '../library/LibraryScreen'
import { SetupScreen } from '../setup/SetupScreen'
import { RunScreen } from '../run/RunScreen'
import { DebriefScreen } from '../debrief/DebriefScreen'
import { MessageBar } from './MessageBar'
import { StudioScreen } from './StudioScreen'
import { CohortScreen } from '../cohort/CohortScreen'
import { useTabNavigation } from './use-tab-navigation'

/** Picks the screen for the app machine's state; each screen reads only what it needs. */
export function App() {
  const screen = AppActor.useSelector((s) => topState(s.value))
  useTabNavigation(screen)
  useEffect(() => {
    document.title = `Need to Know — ${TITLES[screen] ?? 'Library'}`
  }, [screen])
  return (
    <>
      <MessageBar />
      {screen === 'setup' ? (
        <SetupScreen />
      ) : screen === 'running' ? (
        <RunScreen />
      ) : screen === 'debrief' ? (
        <DebriefScreen />
      ) : screen === 'studio' ? (
        <StudioScreen />
      ) : screen === 'cohort' ? (
        <CohortScreen />
      ) : (
        <LibraryScreen busy={screen !== 'library'} />
      )}
    </>
  )
}

const TITLES: Readonly<Record<string, string>> = {
  setup: 'Setup',
  running: 'Run',
  debrief: 'Debrief',
  studio: 'Scenario Studio',
  cohort: 'Tables compared',
}

function topState(value: unknown): string {
  return typeof value === 'string' ? value : (Object.keys(value as object)[0] ?? '')
}
