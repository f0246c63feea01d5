/** `ttx eeg <scenario.yaml> --out <file.docx|file.pdf> [--date YYYY-MM-DD]`: Exercise Evaluation Guides. */
import { eegDocument } from '../hseep'
import { scenarioDocumentCommand } from './document-out'

export const run = scenarioDocumentCommand('eeg', eegDocument)
