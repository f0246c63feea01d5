/** `ttx sitman <scenario.yaml> --out <file.docx|file.pdf> [--date YYYY-MM-DD]`: the Situation Manual for players. */
import { sitmanDocument } from '../hseep'
import { scenarioDocumentCommand } from './document-out'

export const run = scenarioDocumentCommand('sitman', sitmanDocument)
