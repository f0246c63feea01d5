/** `ttx sitman <scenario.yaml> --out <file.docx|file.pdf> [--date YYYY-MM-DD]`: the Situation Manual for players. */
import { sitmanDocument } from '../hseep'
import type { Command } from './io'
import { dateFrom, documentArgs, scenarioFrom, writeDocument } from './document-out'

const USAGE = 'usage: ttx sitman <scenario.yaml> --out <file.docx|file.pdf> [--date YYYY-MM-DD]'

export const run: Command = async (args) => {
  const options = documentArgs('sitman', USAGE, args, ['docx', 'pdf'], { date: { type: 'string' } })
  const scenario = scenarioFrom(options.scenario)
  const date = options.values.date === undefined ? '' : dateFrom('sitman', options.values.date)
  await writeDocument('sitman', sitmanDocument(scenario, date), options.out, options.kind)
  return 0
}
