/**
 * What the Library screen lists: every scenario the app can start (shipped and the user's
 * own), each parsed once, plus the facts about it a card shows.
 */
import type { Scenario, ThreatLevel } from '../../engine/scenario/schema'
import type { HostApi, SessionSummary, Settings } from '../../contract/host-api'
import { parseScenario } from './parse-scenario'
import { shippedScenarios, type ScenarioSource } from './shipped'

export interface LibraryEntry {
  /** Unique in the library: "shipped:<file>" or "user:<name>". */
  readonly key: string
  readonly source: ScenarioSource
  readonly scenario?: Scenario
  readonly problems: readonly string[]
}

export interface Library {
  readonly entries: readonly LibraryEntry[]
  /** Unfinished sessions, to resume. */
  readonly sessions: readonly SessionSummary[]
  /** Finished sessions, to reopen their debrief, export or delete. */
  readonly past: readonly SessionSummary[]
  readonly notices: readonly string[]
  /** Remembered choices (table name, clock) and the desktop's recent files. */
  readonly settings: Settings
}

export { DEFAULT_SETTINGS } from '../../contract/session-records'

export function toEntry(source: ScenarioSource): LibraryEntry {
  const parsed = parseScenario(source.text, source.file)
  return {
    key: `${source.origin}:${source.file}`,
    source,
    problems: parsed.problems,
    ...(parsed.scenario ? { scenario: parsed.scenario } : {}),
  }
}

export async function loadLibrary(host: HostApi): Promise<Library> {
  const [user, sessions, settings] = await Promise.all([
    host.listUserScenarios(),
    host.listSessions(),
    host.getSettings(),
  ])
  // After listing: reading the saves is what finds a damaged one.
  const notices = await host.takeNotices()
  const userSources: ScenarioSource[] = user.map((s) => ({
    origin: 'user',
    file: s.name,
    text: s.text,
  }))
  return {
    entries: [...shippedScenarios(), ...userSources].map(toEntry),
    sessions: sessions.filter((session) => !session.finished),
    past: sessions.filter((session) => session.finished),
    notices,
    settings,
  }
}

/** The threat level of each inject in file order, carrying the level forward as play does. */
export function threatArc(scenario: Scenario): ThreatLevel[] {
  let level: ThreatLevel = 0
  return scenario.injects.map((inject) => {
    level = inject.threat ?? level
    return level
  })
}
