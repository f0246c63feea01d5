/** HSEEP documents (docs/hseep.md): models, and their Word, HTML, XLSX and CSV renderers. */
export {
  buildAar,
  type AfterActionReport,
  type ObjectiveAnalysis,
  type AreaForImprovement,
} from './aar'
export { aarDocument, AAR_SECTIONS } from './aar-document'
export { capabilityLabel } from './capability'
export { criticalTasks } from './critical-tasks'
export { outline, type Block, type HseepDocument } from './document'
export { eegDocument } from './eeg'
export {
  Evaluation,
  EVALUATION_FORMAT,
  emptyEvaluation,
  FeedbackResponse,
  HotwashItem,
  PlanRow,
  FinalRating,
  ROOT_CAUSES,
  type RootCause,
} from './evaluation'
export { feedbackFormDocument } from './feedback-document'
export {
  EMPTY_DRAFT,
  responseFromDraft,
  type DraftResult,
  type FeedbackDraft,
} from './feedback-entry'
export {
  AGREEMENT_SCALE,
  FEEDBACK_QUESTIONS,
  FEEDBACK_STATEMENTS,
  objectiveStatements,
} from './feedback-form'
export { summarizeFeedback, type FeedbackSummary } from './feedback-summary'
export { mselRows, MSEL_COLUMNS, type MselRow } from './msel'
export { prefillPlan, prefillFor, planOf } from './plan'
export {
  CAPABILITY_CHOICES,
  blankPlanRow,
  datesProblem,
  editPlanRow,
  hotwashRowsMissing,
  planProblems,
  removePlanRow,
  type PlanEdit,
  type PlanPatch,
} from './plan-edit'
export { Rating, RATINGS, RATING_KEY, RATING_MEANINGS, ratingLabel, ratingName } from './ratings'
export { renderDocx } from './render-docx'
export { renderHseepHtml, hseepBodyHtml } from './render-html'
export { renderMselCsv, renderMselXlsx } from './render-sheet'
export { PLAN_COLUMNS, renderPlanXlsx } from './render-plan-sheet'
export { rootCauseOf, ruleHeadline } from './root-cause'
export { sitmanDocument, sharedInjects } from './sitman'
