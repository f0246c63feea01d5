/**
 * The screen flow: library -> setup -> run -> debrief, plus opening a file and resuming a
 * saved session. Platform work (storage, files) is done by actors over the HostApi, and the
 * session is built by `openSession`, both injected so tests can replace them.
 */
import { assign, fromPromise, setup } from 'xstate'
import type { Scenario } from '../../engine/scenario/schema'
import type { HostApi, OpenedScenario, SavedSession, SessionSetup } from '../../contract/host-api'
import { readScenarioFiles, type HandedFile } from '../host/scenario-files'
import type { SessionPort } from '../exercise/session-port'
import {
  DEFAULT_SETTINGS,
  loadLibrary,
  toEntry,
  type Library,
  type LibraryEntry,
} from '../library/library-model'
import { compareSessions, type PastCohort } from '../cohort/past-cohort'
import { runMachine } from '../run/run-machine'
import { copyName } from '../studio/file-naming'

export interface AppInput {
  readonly host: HostApi
  readonly openSession: (scenario: Scenario, saved: SavedSession) => SessionPort
}

export interface Running {
  readonly saved: SavedSession
  readonly session: SessionPort
  /** The latest save was unreadable and the backup (one event earlier) was resumed. */
  readonly restoredFromBackup?: boolean
}

export interface AppContext extends AppInput {
  readonly library: Library
  readonly chosen?: LibraryEntry
  readonly running?: Running
  /** The finished session whose debrief is shown. */
  readonly finished?: Running
  readonly message?: Message
  /** The library card to bring into view ("user:<name>"): the file just opened. */
  readonly highlight?: string
  /** The user's scenario the studio opens with (edit from the library); none for a new one. */
  readonly studioFile?: StudioFile
  /** Finished sessions of one scenario, side by side. */
  readonly compared?: PastCohort
}

/** One of the user's scenario files, as the studio opens it. */
export interface StudioFile {
  readonly name: string
  readonly text: string
}

/** What the message bar says: a problem (an alert), or something worth knowing (a status). */
export interface Message {
  readonly text: string
  readonly tone: 'error' | 'notice'
}

export type AppEvent =
  | { type: 'choose'; key: string }
  | { type: 'open-file' }
  /** Files dropped on the window: one scenario and the images its materials use. */
  | { type: 'open-files'; files: readonly HandedFile[] }
  /** One of the desktop's recent files, read again from disk. */
  | { type: 'open-recent'; path: string }
  | { type: 'resume'; id: string }
  /** A finished session: its debrief again, rebuilt from its log. */
  | { type: 'open-debrief'; id: string }
  | { type: 'discard'; id: string }
  /** Finished sessions of one scenario, side by side (docs/cohort.md). */
  | { type: 'compare'; ids: readonly string[] }
  | { type: 'start'; setup: SessionSetup }
  | { type: 'back' }
  | { type: 'dismiss' }
  /** The library brought the highlighted card into view. */
  | { type: 'highlighted' }
  /** The studio, on one of the user's scenarios to edit or on a new one. */
  | { type: 'open-studio'; file?: StudioFile }
  /** One of the user's scenarios: copied under a free name, or deleted with its images. */
  | { type: 'duplicate-scenario'; name: string }
  | { type: 'delete-scenario'; name: string }
  /** Play a scenario written in the studio: straight to its setup. */
  | { type: 'play-text'; name: string; text: string }

const emptyLibrary: Library = {
  entries: [],
  sessions: [],
  past: [],
  notices: [],
  settings: DEFAULT_SETTINGS,
}

export const appMachine = setup({
  types: {
    input: {} as AppInput,
    context: {} as AppContext,
    events: {} as AppEvent,
  },
  actors: {
    loadLibrary: fromPromise<Library, HostApi>(({ input }) => loadLibrary(input)),
    openFile: fromPromise<OpenedScenario | null, { host: HostApi; event: AppEvent }>(
      async ({ input: { host, event } }) => {
        const opened = await openedBy(host, event)
        if (!opened) return null
        const { name, text } = opened.scenario
        return { ...opened, scenario: await host.saveUserScenario(name, text, opened.media) }
      },
    ),
    resumeSession: fromPromise<Running, { context: AppContext; id: string }>(async ({ input }) => {
      const loaded = await input.context.host.loadSession(input.id)
      if (!loaded.ok) throw new Error(loaded.message)
      return {
        ...resume(input.context, loaded.session),
        restoredFromBackup: loaded.restoredFromBackup,
      }
    }),
    manageScenario: fromPromise<Message, { host: HostApi; event: AppEvent }>(({ input }) =>
      manageScenario(input.host, input.event),
    ),
    discardSession: fromPromise<null, { host: HostApi; id: string }>(async ({ input }) => {
      await input.host.deleteSession(input.id)
      return null
    }),
    compareSessions: fromPromise<PastCohort, { host: HostApi; ids: readonly string[] }>(
      ({ input }) => compareSessions(input.host, input.ids),
    ),
    run: runMachine,
  },
}).createMachine({
  id: 'app',
  context: ({ input }) => ({ ...input, library: emptyLibrary }),
  initial: 'loading',
  on: {
    dismiss: { actions: assign({ message: undefined }) },
    highlighted: { actions: assign({ highlight: undefined }) },
  },
  states: {
    loading: {
      invoke: {
        src: 'loadLibrary',
        input: ({ context }) => context.host,
        onDone: { target: 'library', actions: assign({ library: ({ event }) => event.output }) },
        onError: {
          target: 'library',
          actions: assign({ message: ({ event }) => errorMessage(event.error) }),
        },
      },
    },
    library: {
      on: {
        choose: {
          target: 'setup',
          actions: assign({
            chosen: ({ context, event }) =>
              context.library.entries.find((e) => e.key === event.key),
          }),
        },
        'open-file': 'openingFile',
        'open-files': 'openingFile',
        'open-recent': 'openingFile',
        'open-studio': {
          target: 'studio',
          actions: assign({ studioFile: ({ event }) => event.file }),
        },
        'duplicate-scenario': 'managing',
        'delete-scenario': 'managing',
        resume: 'resuming',
        'open-debrief': 'reopening',
        discard: 'discarding',
        compare: 'comparing',
      },
    },
    comparing: {
      invoke: {
        src: 'compareSessions',
        input: ({ context, event }) => ({
          host: context.host,
          ids: event.type === 'compare' ? event.ids : [],
        }),
        onDone: { target: 'cohort', actions: assign({ compared: ({ event }) => event.output }) },
        onError: {
          target: 'library',
          actions: assign({ message: ({ event }) => errorMessage(event.error) }),
        },
      },
    },
    cohort: { on: { back: 'loading' } },
    openingFile: {
      invoke: {
        src: 'openFile',
        input: ({ context, event }) => ({ host: context.host, event }),
        onDone: [
          { guard: ({ event }) => event.output === null, target: 'library' },
          {
            target: 'loading',
            actions: assign({
              message: ({ event }) => openedMessage(event.output),
              highlight: ({ event }) => `user:${event.output?.scenario.name ?? ''}`,
            }),
          },
        ],
        onError: {
          target: 'library',
          actions: assign({ message: ({ event }) => errorMessage(event.error) }),
        },
      },
    },
    managing: {
      invoke: {
        src: 'manageScenario',
        input: ({ context, event }) => ({ host: context.host, event }),
        onDone: { target: 'loading', actions: assign({ message: ({ event }) => event.output }) },
        onError: {
          target: 'loading',
          actions: assign({ message: ({ event }) => errorMessage(event.error) }),
        },
      },
    },
    discarding: {
      invoke: {
        src: 'discardSession',
        input: ({ context, event }) => ({ host: context.host, id: idOf(event) }),
        onDone: 'loading',
        onError: {
          target: 'loading',
          actions: assign({ message: ({ event }) => errorMessage(event.error) }),
        },
      },
    },
    resuming: {
      invoke: {
        src: 'resumeSession',
        input: ({ context, event }) => ({ context, id: idOf(event) }),
        onDone: {
          target: 'running',
          actions: assign({
            running: ({ event }) => event.output,
            message: ({ event }) =>
              event.output.restoredFromBackup === true
                ? {
                    text: 'The latest save of this session was damaged; play resumed from the backup, one event earlier.',
                    tone: 'error' as const,
                  }
                : undefined,
          }),
        },
        onError: {
          target: 'library',
          actions: assign({ message: ({ event }) => errorMessage(event.error) }),
        },
      },
    },
    reopening: {
      invoke: {
        src: 'resumeSession',
        input: ({ context, event }) => ({ context, id: idOf(event) }),
        onDone: {
          target: 'debrief',
          actions: assign({ finished: ({ event }) => event.output }),
        },
        onError: {
          target: 'library',
          actions: assign({ message: ({ event }) => errorMessage(event.error) }),
        },
      },
    },
    setup: {
      on: {
        back: 'library',
        start: {
          target: 'running',
          actions: [
            assign({
              running: ({ context, event }) => {
                const saved = newSession(event.setup)
                return {
                  saved,
                  session: context.openSession(required(context.chosen?.scenario), saved),
                }
              },
            }),
            // Remembered for the next setup; losing it costs a retyped name, never play.
            ({ context, event }) => {
              const { tableName, clock } = event.setup
              void context.host
                .updateSettings({ lastTableName: tableName, defaultClock: clock })
                .catch(() => undefined)
            },
          ],
        },
      },
    },
    running: {
      invoke: {
        id: 'run',
        src: 'run',
        input: ({ context }) => ({
          host: context.host,
          saved: required(context.running).saved,
          session: required(context.running).session,
        }),
        onDone: {
          target: 'debrief',
          actions: assign({ finished: ({ context }) => context.running }),
        },
        onError: {
          target: 'loading',
          actions: assign({ message: ({ event }) => errorMessage(event.error) }),
        },
      },
      on: { back: 'loading' },
    },
    debrief: { on: { back: 'loading' } },
    studio: {
      on: {
        // Back through loading: scenarios saved in the studio appear in the library.
        back: 'loading',
        'play-text': {
          target: 'setup',
          actions: assign({
            chosen: ({ event }) => toEntry({ origin: 'user', file: event.name, text: event.text }),
          }),
        },
      },
    },
  },
})

/** A saved session restored from its own copy of the scenario and its log. */
function resume(context: AppContext, saved: SavedSession): Running {
  const parsed = toEntry({
    origin: 'user',
    file: saved.setup.scenarioId,
    text: saved.setup.scenarioText,
  })
  if (!parsed.scenario) {
    throw new Error(`The scenario of this session no longer reads: ${parsed.problems.join('; ')}`)
  }
  return { saved, session: context.openSession(parsed.scenario, saved) }
}

function newSession(setupValue: SessionSetup): SavedSession {
  const stampText = new Date().toISOString()
  return {
    id: `${setupValue.scenarioId}-${Date.now().toString(36)}`,
    setup: setupValue,
    log: {
      format: 'ttx-log/1',
      scenario: setupValue.scenarioId,
      policy: setupValue.policy,
      events: [],
    },
    finished: false,
    updatedAt: stampText,
  }
}

/** Where the scenario comes from: files dropped, a recent file, or the host's dialog. */
function openedBy(host: HostApi, event: AppEvent): Promise<OpenedScenario | null> {
  switch (event.type) {
    case 'open-files':
      return readScenarioFiles(event.files)
    case 'open-recent':
      if (host.openRecentFile === undefined) throw new Error('This edition has no recent files.')
      return host.openRecentFile(event.path)
    default:
      return host.openScenarioFile()
  }
}

/**
 * Said at the top, since the card lands wherever the library sorts it: what was opened, or
 * that it cannot be played and why, in the loader's first words.
 */
export function openedMessage(opened: OpenedScenario | null): Message | undefined {
  if (!opened) return undefined
  const { name, text } = opened.scenario
  const entry = toEntry({ origin: 'user', file: name, text })
  if (!entry.scenario) {
    const first = (entry.problems[0] ?? '').replace(/^.*?: error: /, '')
    const more = entry.problems.length > 1 ? ` (and ${entry.problems.length - 1} more)` : ''
    return {
      text: `“${name}” cannot be played: ${first}${more}. Its card, with “Open in the studio” to fix it, is shown below.`,
      tone: 'error',
    }
  }
  return {
    text: [
      `Opened “${entry.scenario.title}” (${name}): its card is shown below.`,
      ...opened.notes,
    ].join(' '),
    tone: 'notice',
  }
}

/** Duplicates or deletes one of the user's scenarios, and says what was done. */
async function manageScenario(host: HostApi, event: AppEvent): Promise<Message> {
  if (event.type === 'delete-scenario') {
    await host.deleteUserScenario(event.name)
    return { text: `Deleted “${event.name}”.`, tone: 'notice' }
  }
  if (event.type !== 'duplicate-scenario') throw new Error(`Nothing to do for “${event.type}”.`)
  const scenarios = await host.listUserScenarios()
  const source = scenarios.find((scenario) => scenario.name === event.name)
  if (source === undefined) throw new Error(`“${event.name}” is no longer among your scenarios.`)
  const name = copyName(
    event.name,
    scenarios.map((scenario) => scenario.name),
  )
  await host.saveUserScenario(name, source.text, await host.userScenarioMedia(event.name))
  return { text: `Copied “${event.name}” as “${name}”.`, tone: 'notice' }
}

function idOf(event: AppEvent): string {
  return 'id' in event ? event.id : ''
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('No session is running')
  return value
}

function errorMessage(error: unknown): Message {
  return { text: error instanceof Error ? error.message : String(error), tone: 'error' }
}
