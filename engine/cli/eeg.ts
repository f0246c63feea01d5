/** `ttx eeg <scenario.yaml> --out <file.docx|file.pdf> [--date YYYY-MM-DD]`: Exercise Evaluation Guides. */
import { eegDocument } from '../hseep'
import type { Command } from './io'
import { dateFrom, documentArgs, writeDocument } from './document-out'
import { scenarioFrom } from './inputs'

const USAGE = 'usage: ttx eeg <scenario.yaml> --out <file.docx|file.pdf> [--date YYYY-MM-DD]'

export const run: Command = async (args) => {
  const options = documentArgs(
    {
      command: 'eeg',
      usage: USAGE,
      options: { date: { type: 'string' }, out: { type: 'string' } },
    },
    args,
    ['docx', 'pdf'],
  )
  const scenario = scenarioFrom(options.scenario)
  const date =
    options.line.values.date === undefined ? '' : dateFrom('eeg', options.line.values.date)
  await writeDocument('eeg', eegDocument(scenario, date), options.out, options.kind)
  return 0
}
