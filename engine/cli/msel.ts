/** `ttx msel <scenario.yaml> --out <file.xlsx|file.csv>`: the Master Scenario Events List. */
import { mselRows, renderMselCsv, renderMselXlsx } from '../hseep'
import type { Command } from './io'
import { documentArgs, writeBytes } from './document-out'
import { scenarioFrom } from './inputs'

const USAGE = 'usage: ttx msel <scenario.yaml> --out <file.xlsx|file.csv>'

export const run: Command = async (args) => {
  const options = documentArgs(
    { command: 'msel', usage: USAGE, options: { out: { type: 'string' } } },
    args,
    ['xlsx', 'csv'],
  )
  const scenario = scenarioFrom(options.scenario)
  const rows = mselRows(scenario)
  const bytes =
    options.kind === 'csv' ? renderMselCsv(rows) : await renderMselXlsx(scenario.title, rows)
  writeBytes(options.out, bytes)
  return 0
}
