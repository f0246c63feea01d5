/**
 * The host contract's data, defined once: zod schemas of every value the renderer exchanges
 * with its host, and the types of host-api.ts are what they parse to. Main parses every
 * request with them (the renderer is not trusted: a compromised page can send anything), the
 * preload parses every response (so the renderer's types come from a parse, never from a
 * cast), and both hosts validate what they read back from storage with the same
 * `SavedSession` and `Settings`, after `migrate` (stored records carry a version).
 *
 * Pure: no electron, no fs, no DOM — shared by main, preload, the browser host and tests.
 */
import { z } from 'zod'
import { Log } from '../engine/exercise/log'
import { Evaluation } from '../engine/hseep/evaluation'
import { Id } from '../engine/scenario/schema'
import { imageProblem } from '../engine/scenario/check-materials'
import { IMAGE_LIMITS } from '../engine/scenario/material-images'
import { ProjectorStateSchema } from './projector-schema'

/** Bounds that no real use reaches, so a hostile or runaway payload is refused early. */
export const LIMITS = {
  /** A scenario or policy YAML, or an export's text. */
  textChars: 5_000_000,
  /** A whole serialized session (setup + log). */
  sessionChars: 20_000_000,
  events: 100_000,
  shortChars: 200,
  pathChars: 4_096,
  recentFiles: 10,
  roles: 100,
} as const

/** Session ids become file names, so only kebab-case: no dots, slashes or `..`. */
export const SessionId = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a kebab-case id (a-z, 0-9, dashes)' })

/**
 * A user scenario's file name: one plain YAML file name, never a path — no separators,
 * no characters Windows refuses, no leading dot, no `..`.
 */
export const ScenarioFileName = z
  .string()
  .max(120)
  .regex(/^[^./\\:*?"<>|\0][^/\\:*?"<>|\0]*\.ya?ml$/, {
    error: 'must be a plain file name ending in .yaml or .yml',
  })
  .refine((name) => !name.includes('..'), { error: 'must not contain ".."' })

const Text = z.string().max(LIMITS.textChars)
const ShortText = z.string().max(LIMITS.shortChars)
const IsoTime = z.iso.datetime({ offset: true })

export const ClockMode = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('manual') }),
  z.strictObject({ kind: z.literal('real-time'), speed: z.number().positive().max(1_000) }),
])

/** Base64 of at most IMAGE_LIMITS.bytes bytes, plus the `data:image/...;base64,` prefix. */
const MAX_DATA_URL_CHARS = Math.ceil(IMAGE_LIMITS.bytes / 3) * 4 + 32

/**
 * A scenario's material images: the path as written in the scenario (checked by the same
 * rule as the validator's) -> a base64 data URL of a png, jpeg or webp. Nothing else can
 * reach an <img>: no file://, no remote URL, no SVG (which can hold script).
 */
export const ScenarioMedia = z
  .record(
    z
      .string()
      .max(LIMITS.pathChars)
      .refine((path) => imageProblem(path) === undefined, {
        error: 'must be a png, jpg or webp path inside the scenario folder',
      }),
    z
      .string()
      .max(MAX_DATA_URL_CHARS)
      .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]*={0,2}$/, {
        error: 'must be a base64 data URL of a png, jpeg or webp image',
      }),
  )
  .refine((media) => Object.keys(media).length <= IMAGE_LIMITS.images, {
    error: `at most ${IMAGE_LIMITS.images} images`,
  })
  .refine(
    (media) =>
      Object.values(media).reduce((sum, url) => sum + url.length, 0) <=
      (IMAGE_LIMITS.totalBytes / 3) * 4 + IMAGE_LIMITS.images * 32,
    { error: 'the images together are too large' },
  )

export const UserScenario = z.strictObject({
  name: ScenarioFileName,
  text: Text,
  savedAt: IsoTime,
})

export const OpenedScenario = z.strictObject({
  scenario: UserScenario,
  media: ScenarioMedia,
  notes: z.array(z.string().max(LIMITS.textChars)).max(20).readonly(),
})

export const SessionSetup = z.strictObject({
  scenarioId: Id.max(LIMITS.shortChars),
  scenarioText: Text,
  tableName: ShortText,
  roles: z.array(Id.max(LIMITS.shortChars)).max(LIMITS.roles).readonly(),
  policy: z.string().min(1).max(LIMITS.shortChars),
  policyText: Text.optional(),
  clock: ClockMode,
})

export const SavedSession = z
  .strictObject({
    id: SessionId,
    setup: SessionSetup,
    log: Log.refine((log) => log.events.length <= LIMITS.events, {
      error: `a log may hold at most ${LIMITS.events} events`,
    }),
    finished: z.boolean(),
    updatedAt: IsoTime,
  })
  // Individual event texts are unbounded in the log schema; bound the whole instead.
  .refine((session) => JSON.stringify(session).length <= LIMITS.sessionChars, {
    error: 'the session is too large to save',
  })

export const SessionSummary = z.strictObject({
  id: SessionId,
  scenarioId: z.string(),
  tableName: z.string(),
  events: z.number().int().nonnegative(),
  /** Play ended: offered to look back at (debrief, export), no longer to resume. */
  finished: z.boolean(),
  updatedAt: z.string(),
})

export const LoadedSession = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), session: SavedSession, restoredFromBackup: z.boolean() }),
  z.strictObject({ ok: z.literal(false), message: z.string() }),
])

export const Settings = z.strictObject({
  recentFiles: z.array(z.string().max(LIMITS.pathChars)).max(LIMITS.recentFiles).readonly(),
  lastTableName: ShortText,
  defaultClock: ClockMode,
})
export const SettingsPatch = Settings.partial()
/**
 * What the renderer may change. Not the recent files: main adds a file there only when the
 * user picked it in a dialog, and reopens only what is listed, so a compromised page
 * cannot make main read a path of its choosing.
 */
export const RendererSettingsPatch = Settings.omit({ recentFiles: true }).partial()

export const EXPORT_KINDS = ['pdf', 'html', 'md', 'json', 'log', 'yaml'] as const
export const ExportKind = z.enum(EXPORT_KINDS)

/** Only a suggestion for the save dialog, but still never a path. */
export const SuggestedName = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[^/\\:*?"<>|\0]+$/, { error: 'must be a file name without path separators' })
  .refine((name) => !name.includes('..'), { error: 'must not contain ".."' })

export const ExportResult = z.discriminatedUnion('saved', [
  z.strictObject({ saved: z.literal(true), where: z.string() }),
  z.strictObject({ saved: z.literal(false) }),
])

export const Notices = z.array(z.string()).readonly()

/** Commands of the desktop app's native menu that the page carries out. */
export const MenuCommand = z.enum(['open-scenario', 'export', 'undo'])

export type ClockModeData = z.output<typeof ClockMode>
export type SessionSetupData = z.output<typeof SessionSetup>
export type MenuCommandData = z.output<typeof MenuCommand>
export type SavedSessionData = z.output<typeof SavedSession>
export type SettingsData = z.output<typeof Settings>
export type UserScenarioData = z.output<typeof UserScenario>
export type ScenarioMediaData = z.output<typeof ScenarioMedia>
export type OpenedScenarioData = z.output<typeof OpenedScenario>
export type SessionSummaryData = z.output<typeof SessionSummary>
export type LoadedSessionData = z.output<typeof LoadedSession>
export type ExportKindData = z.output<typeof ExportKind>
export type ExportResultData = z.output<typeof ExportResult>

/** What the room sees (renderer/projector/projector-state.ts); null when nothing runs. */
export const ProjectorState = ProjectorStateSchema.nullable()
export type ProjectorStateData = z.output<typeof ProjectorState>

/**
 * Binary exports (docs/hseep.md), named by their MIME type: Word, Excel and CSV. The bytes are
 * bounded like any export; the file name only suggests, as for text exports.
 */
export const BINARY_MIMES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
] as const
export const BinaryMime = z.enum(BINARY_MIMES)
export type BinaryMimeData = z.output<typeof BinaryMime>
// z.custom, not z.instanceof: the bytes may sit on any ArrayBuffer (IPC gives a plain one).
export const ExportBytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, { error: 'must be bytes' })
  .refine((bytes) => bytes.byteLength <= LIMITS.textChars * 4, {
    error: 'the file is too large to export',
  })

/** A session's HSEEP evaluation (`ttx-evaluation/1`), bounded as a whole like a session. */
export const StoredEvaluation = Evaluation.refine(
  (evaluation) => JSON.stringify(evaluation).length <= LIMITS.sessionChars,
  { error: 'the evaluation is too large to save' },
)
