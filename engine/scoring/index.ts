/** Scoring: rules -> flags -> scores, pure functions of a replay and a policy profile. */
export { score, findFlags, scoresOf, compareFlags, type ScoreResult } from './score'
export {
  Flag,
  FlagSeverity,
  Rule,
  RULES,
  Scores,
  SEVERITIES,
  SEVERITY_WEIGHT,
  DIMENSIONS,
  DIMENSION_OF,
  type Dimension,
} from './flag'
export { judgeExpectations, type ExpectationOutcome, type JudgeOptions } from './expectations'
export { missingParts, MESSAGE_PARTS, type MessagePart } from './unclear-message'
export { speculation } from './speculation'
export { overSharing } from './over-sharing'
export { underSharing } from './under-sharing'
export { slowEscalation } from './slow-escalation'
export { unclearMessage } from './unclear-message'
export { overreaction } from './overreaction'
