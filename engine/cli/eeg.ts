/** `ttx eeg <scenario.yaml> --out <file.docx|file.pdf> [--date YYYY-MM-DD]`: Exercise Evaluation Guides. */
import { eegDocument } from '../hseep'
import type { Command } from './io'
import { dateFrom, documentArgs, scenarioFrom, writeDocument } from './document-out'

const USAGE = 'usage: ttx eeg <scenario.yaml> --out <file.docx|file.pdf> [--date YYYY-MM-DD]'

export const run: Command = async (args) => {
  const options = documentArgs('eeg', USAGE, args, ['docx', 'pdf'], { date: { type: 'string' } })
  const scenario = scenarioFrom(options.scenario)
  const date = options.values.date === undefined ? '' : dateFrom('eeg', options.values.date)
  await writeDocument('eeg', eegDocument(scenario, date), options.out, options.kind)
  return 0
}
