/**
 * Scenario text -> a validated `Scenario` plus every problem found, each placed at
 * file:line:col. Pure (no file system) so the CLI, the studio (on every keystroke) and
 * tests share it. Three stages, each only on what the one before accepted: YAML syntax,
 * the zod schema (shape and types), then the scenario's own rules (references, flow).
 */
import { compareDiagnostics, hasErrors, type Diagnostic } from './diagnostic'
import { valueAt } from './data-names'
import { SCENARIO_VOCABULARY } from './scenario-vocabulary'
import { checkScenario } from './check-scenario'
import type { Finding } from './finding'
import { Scenario, OPTION_EVENT_TYPES } from './schema'
import { referencesDespiteSchema } from './references-despite-schema'
import { parseYamlWithPositions, type DataPath, type YamlSource } from './yaml-source'
import { zodDiagnostics, type Problem } from './zod-diagnostics'

export interface LoadOptions {
  /** Whether a `materials` image exists, relative to the scenario's folder. */
  readonly imageExists?: (relativePath: string) => boolean
}

export interface LoadResult {
  /** Set only when there is no error (warnings allowed). */
  readonly scenario?: Scenario
  /** Sorted by position. */
  readonly diagnostics: readonly Diagnostic[]
}

export function loadScenario(text: string, file: string, options: LoadOptions = {}): LoadResult {
  const source = parseYamlWithPositions(text, file)
  if (hasErrors(source.diagnostics)) return { diagnostics: sorted(source.diagnostics) }
  if (source.value === null || source.value === undefined) {
    return {
      diagnostics: [
        source.diagnostic([], 'error', 'the file is empty; a scenario starts with "format: ttx/1"'),
      ],
    }
  }
  const notScenario = notAScenario(source.value)
  if (notScenario !== undefined) {
    return { diagnostics: [source.diagnostic([], 'error', notScenario)] }
  }
  const parsed = parseSchema(source)
  if (!parsed.success) {
    const references = referencesDespiteSchema(source.value, parsed.reported).map((f) =>
      source.diagnostic(f.path, f.severity, f.message, f.target),
    )
    return { diagnostics: sorted([...source.diagnostics, ...parsed.diagnostics, ...references]) }
  }
  const findings = checkScenario(parsed.scenario, options)
  const diagnostics = sorted([
    ...source.diagnostics,
    ...findings.map((f) => source.diagnostic(f.path, f.severity, withRelated(f, source), f.target)),
  ])
  return hasErrors(diagnostics) ? { diagnostics } : { scenario: parsed.scenario, diagnostics }
}

const SCENARIO_KEYS = ['format', 'id', 'title', 'start', 'roles', 'facts', 'injects']
const OTHER_FORMATS: Readonly<Record<string, string>> = {
  'ttx-log/1': 'an exercise log',
  'ttx-debrief/1': 'a debrief',
}

/**
 * One message for YAML that is something else altogether (a log, a debrief, another tool's
 * file), instead of a "missing field" line for every field a scenario has.
 */
function notAScenario(value: unknown): string | undefined {
  const start = 'this is not a scenario file'
  const shape = 'a scenario is a YAML mapping that starts with "format: ttx/1"'
  // A list or a lone value has its own message from the schema.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const format = (value as Record<string, unknown>).format
  if (typeof format === 'string' && format in OTHER_FORMATS) {
    return `${start}: it is ${OTHER_FORMATS[format] ?? ''} ("format: ${format}"); open a scenario ("format: ttx/1") here`
  }
  const keys = Object.keys(value)
  if (!keys.some((key) => SCENARIO_KEYS.includes(key))) {
    return `${start}: it has none of a scenario's fields (${SCENARIO_KEYS.join(', ')}); ${shape}`
  }
  return undefined
}

type SchemaResult =
  | { readonly success: true; readonly scenario: Scenario }
  | {
      readonly success: false
      readonly diagnostics: readonly Diagnostic[]
      /** Where the schema found its problems. */
      readonly reported: readonly DataPath[]
    }

function parseSchema(source: YamlSource): SchemaResult {
  let result: ReturnType<typeof Scenario.safeParse>
  try {
    result = Scenario.safeParse(source.value)
  } catch {
    // zod recurses per level of nested conditions; a pathological file exhausts the stack.
    const message = 'the file is nested too deeply to check; a scenario needs only a few levels'
    return {
      success: false,
      diagnostics: [source.diagnostic([], 'error', message)],
      reported: [[]],
    }
  }
  if (result.success) return { success: true, scenario: result.data }
  const diagnostics = zodDiagnostics(result.error.issues, source, {
    schema: Scenario,
    vocabulary: SCENARIO_VOCABULARY,
    explain: explainOptionEvent,
  })
  // An unknown key is reported at the key, not at the object holding it (often the root).
  const reported = result.error.issues.flatMap((issue) => {
    const path = issue.path.filter(isSegment)
    return issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...path, key]) : [path]
  })
  return { success: false, diagnostics, reported }
}

function isSegment(segment: PropertyKey): segment is string | number {
  return typeof segment !== 'symbol'
}

const PLAY_EVENTS: ReadonlySet<unknown> = new Set(['decide', 'advance', 'end'])

/** zod would only say "must be one of ..."; say why these three cannot be in an option. */
function explainOptionEvent(problem: Problem, root: unknown): string | undefined {
  const path = problem.path
  if (problem.kind !== 'value' || path[path.length - 1] !== 'type') return undefined
  if (path[path.length - 3] !== 'events') return undefined
  const type = valueAt(root, path)
  if (!PLAY_EVENTS.has(type)) return undefined
  return `an option cannot hold an event of type "${String(type)}": an option's events are ${OPTION_EVENT_TYPES.join(', ')} (choosing the option is the decide; advance and end belong to the facilitator)`
}

function withRelated(finding: Finding, source: YamlSource): string {
  if (finding.related === undefined) return finding.message
  return `${finding.message} (first at line ${source.locate(finding.related).line})`
}

function sorted(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics)
}
