/**
 * `ttx aar <scenario.yaml> --log <log.json> --out <file.docx|file.pdf>
 *  [--evaluation <evaluation.json>] [--policy <profile.yaml>] [--date YYYY-MM-DD]`:
 * the After-Action Report/Improvement Plan of a played exercise. Without an evaluation
 * file the ratings are the suggested ones and the improvement plan is prefilled.
 */
import { buildDebrief } from '../debrief'
import { replay } from '../exercise/replay'
import { aarDocument, buildAar, emptyEvaluation, Evaluation, planProblems } from '../hseep'
import { score } from '../scoring'
import { dateFrom, documentArgs, writeDocument } from './document-out'
import { logFrom, policyFrom, scenarioFrom } from './inputs'
import { readTextFile, UserError, type Command } from './io'
import { jsonPath } from '../exercise/parse-log'

const USAGE =
  'usage: ttx aar <scenario.yaml> --log <log.json> --out <file.docx|file.pdf> [--evaluation <evaluation.json>] [--policy <profile.yaml>] [--date YYYY-MM-DD]'

export const run: Command = async (args) => {
  const options = documentArgs(
    {
      command: 'aar',
      usage: USAGE,
      options: {
        log: { type: 'string' },
        evaluation: { type: 'string' },
        policy: { type: 'string' },
        date: { type: 'string' },
        out: { type: 'string' },
      },
    },
    args,
    ['docx', 'pdf'],
  )
  const logFile = options.line.required('log', '<log.json>')
  const { evaluation: evaluationFile, policy: policyFile, date } = options.line.values
  const scenario = scenarioFrom(options.scenario)
  const log = logFrom(logFile)
  const policy = policyFrom(policyFile)
  const result = replay(scenario, log)
  if (!result.ok) throw new UserError(`${logFile}: ${result.error.message}`)
  const debrief = buildDebrief(result.replay, policy, score(result.replay, policy))
  const evaluation =
    evaluationFile === undefined
      ? emptyEvaluation(scenario.id, dateFrom('aar', date))
      : evaluationFrom(evaluationFile, scenario.id)
  const report = buildAar({ replay: result.replay, log, debrief, evaluation })
  await writeDocument('aar', aarDocument(report), options.out, options.kind)
  return 0
}

function evaluationFrom(file: string, scenario: string): Evaluation {
  let data: unknown
  try {
    data = JSON.parse(readTextFile(file))
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(
      `${file}: malformed JSON (${error instanceof Error ? error.message : String(error)})`,
    )
  }
  const parsed = Evaluation.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue === undefined ? 'the evaluation' : jsonPath(issue.path)
    throw new UserError(`${file}: ${where}: ${issue?.message ?? 'not a ttx-evaluation/1 file'}`)
  }
  const [problem] = planProblems(parsed.data.plan ?? [])
  if (problem !== undefined) throw new UserError(`${file}: ${problem}`)
  if (parsed.data.scenario !== scenario) {
    throw new UserError(
      `${file}: this evaluation is for scenario "${parsed.data.scenario}", not "${scenario}"`,
    )
  }
  return parsed.data
}
