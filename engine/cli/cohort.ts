/**
 * `ttx cohort <scenario.yaml> --log a.json --log b.json [...] --out <file.md|file.docx|file.csv>
 *  [--policy <profile.yaml>] [--date YYYY-MM-DD]`: several tables of one scenario side by side
 * (docs/cohort.md). Each log is a table, named by its file; each is replayed and scored as
 * `ttx play` does, and the first log that does not read or replay stops the command with
 * its file named.
 */
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { buildDebrief } from '../debrief'
import { replay } from '../exercise/replay'
import { renderDocx } from '../hseep/render-docx'
import {
  cohortDocument,
  compareTables,
  renderCohortCsv,
  renderDocumentMarkdown,
  type CohortInput,
  uniqueNames,
} from '../cohort'
import type { Policy } from '../policy'
import type { Scenario } from '../scenario/schema'
import { score } from '../scoring'
import { dateFrom, scenarioFrom, writeBytes } from './document-out'
import { UserError, type Command } from './io'
import { logFrom, policyFrom } from './play'

const USAGE =
  'usage: ttx cohort <scenario.yaml> --log <a.json> --log <b.json> [...] --out <file.md|file.docx|file.csv> [--policy <profile.yaml>] [--date YYYY-MM-DD]'

const KINDS = ['md', 'docx', 'csv'] as const
type Kind = (typeof KINDS)[number]

export const run: Command = async (args) => {
  const options = cohortArgs(args)
  const scenario = scenarioFrom(options.scenario)
  const policy = policyFrom(options.policy)
  const tables = tableNames(options.logs).map((name, at) =>
    tableFrom(scenario, policy, options.logs[at] ?? '', name),
  )
  const cohort = compareTables(scenario, tables)
  if (options.kind === 'csv') {
    writeBytes(options.out, renderCohortCsv(cohort))
    return 0
  }
  const document = cohortDocument(cohort, options.date)
  writeBytes(
    options.out,
    options.kind === 'md' ? renderDocumentMarkdown(document) : await renderDocx(document),
  )
  return 0
}

interface CohortArgs {
  readonly scenario: string
  readonly logs: readonly string[]
  readonly out: string
  readonly kind: Kind
  readonly policy?: string
  /** The report's date, checked before any log is read. */
  readonly date: string
}

function cohortArgs(args: readonly string[]): CohortArgs {
  const wrong = (problem: string): UserError => new UserError(`ttx cohort: ${problem}\n${USAGE}`, 2)
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        log: { type: 'string', multiple: true },
        out: { type: 'string' },
        policy: { type: 'string' },
        date: { type: 'string' },
      },
    })
  } catch (error) {
    throw wrong(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  const [scenario, ...extra] = positionals
  if (scenario === undefined) throw wrong('no scenario given')
  if (extra.length > 0) {
    throw wrong(`one scenario at a time (also got ${extra.join(', ')}); give each log with --log`)
  }
  const logs = values.log ?? []
  if (logs.length < 2) {
    throw wrong(`give at least two tables' logs, each with --log (got ${logs.length})`)
  }
  const { out } = values
  if (out === undefined) throw wrong('--out <file.md|file.docx|file.csv> is required')
  const extension = out.slice(out.lastIndexOf('.') + 1).toLowerCase()
  const kind = KINDS.find((k) => k === extension)
  if (kind === undefined || !out.includes('.')) {
    throw wrong(`--out must end in .md, .docx or .csv, not "${basename(out)}"`)
  }
  const date = dateFrom('cohort', values.date)
  return { scenario, logs, out, kind, policy: values.policy, date }
}

/** Each log's table name: its file name without `.json` (or `.log.json`). */
function tableNames(logs: readonly string[]): string[] {
  return uniqueNames(logs.map((file) => basename(file).replace(/(\.log)?\.json$/i, '')))
}

function tableFrom(scenario: Scenario, policy: Policy, file: string, name: string): CohortInput {
  const log = logFrom(file)
  if (log.scenario !== scenario.id) {
    throw new UserError(
      `${file}: this log is of scenario "${log.scenario}", not "${scenario.id}"; give logs of one scenario only`,
    )
  }
  const result = replay(scenario, log)
  if (!result.ok) throw new UserError(`${file}: ${result.error.message}`)
  return { name, debrief: buildDebrief(result.replay, policy, score(result.replay, policy)) }
}
