/** `ttx sitman <scenario.yaml> --out <file.docx|file.pdf> [--date YYYY-MM-DD]`: the Situation Manual for players. */
import { sitmanDocument } from '../hseep'
import type { Command } from './io'
import { dateFrom, documentArgs, writeDocument } from './document-out'
import { scenarioFrom } from './inputs'

const USAGE = 'usage: ttx sitman <scenario.yaml> --out <file.docx|file.pdf> [--date YYYY-MM-DD]'

export const run: Command = async (args) => {
  const options = documentArgs(
    {
      command: 'sitman',
      usage: USAGE,
      options: { date: { type: 'string' }, out: { type: 'string' } },
    },
    args,
    ['docx', 'pdf'],
  )
  const scenario = scenarioFrom(options.scenario)
  const date =
    options.line.values.date === undefined ? '' : dateFrom('sitman', options.line.values.date)
  await writeDocument('sitman', sitmanDocument(scenario, date), options.out, options.kind)
  return 0
}
