/** Several tables of one scenario side by side, and the cohort report (docs/cohort.md). */
export {
  compareTables,
  END,
  NO_CHOICE,
  type ChosenOption,
  type Cohort,
  type CohortInput,
  type Divergence,
  type Entered,
  type ObjectiveAcross,
  type RuleAcross,
  type TableResult,
  type Way,
} from './compare'
export { cohortDocument, COHORT_TITLE, divergenceText } from './report'
export { renderDocumentMarkdown } from './markdown'
export { renderCohortCsv } from './csv'
export { cohortFileName } from './file-name'
export { uniqueNames } from './names'
