/**
 * What the studio does after each pause in typing, on a generated 100-inject scenario:
 * `loadScenario` (the diagnostics), then the inject graph model (reachability, dead ends).
 * Goal: under 50 ms together, so the editor feels instant. Also measured, off the keystroke
 * path: the dagre layout (only when the graph changed) and the paths report (its own tab).
 * Baseline: plain `YAML.parse` of the same text in the same run.
 */
import { parse } from 'yaml'
import { loadScenario } from '../engine/scenario/load'
import { buildInjectGraph } from '../engine/studio/graph'
import { pathsReport } from '../engine/studio/paths'
import { layoutGraph } from '../renderer/studio/graph/layout'
import { largeScenarioText } from './validate.bench'
import { medianMs } from './measure'

const INJECTS = 100
const RUNS = 25
const GOAL_MS = 50

export async function run(log: (line: string) => void): Promise<Record<string, unknown>> {
  const text = largeScenarioText(INJECTS)
  const loaded = loadScenario(text, 'large.yaml')
  const scenario = loaded.scenario
  if (scenario === undefined) throw new Error('the generated scenario does not validate')
  const graph = buildInjectGraph(scenario)

  const keystrokeMs = medianMs(RUNS, () =>
    buildInjectGraph(loadScenario(text, 'large.yaml').scenario ?? scenario),
  )
  const graphMs = medianMs(RUNS, () => buildInjectGraph(scenario))
  const layoutMs = medianMs(RUNS, () => layoutGraph(graph))
  const report = pathsReport(scenario)
  const pathsMs = medianMs(RUNS, () => pathsReport(scenario))
  const yamlParseMs = medianMs(RUNS, () => parse(text))
  const ratio = keystrokeMs / yamlParseMs

  log(
    `studio ${INJECTS} injects: validate + graph ${keystrokeMs.toFixed(1)} ms median (goal < ${GOAL_MS} ms; ${ratio.toFixed(1)}× YAML.parse, ${yamlParseMs.toFixed(1)} ms)`,
  )
  log(
    `  graph model ${graphMs.toFixed(2)} ms · dagre layout ${layoutMs.toFixed(1)} ms · paths report ${pathsMs.toFixed(1)} ms (${report.paths.length} paths${report.capped ? ', capped' : ''})`,
  )
  return Promise.resolve({
    injects: INJECTS,
    keystrokeMs,
    graphMs,
    layoutMs,
    pathsMs,
    paths: report.paths.length,
    pathsCapped: report.capped,
    yamlParseMs,
    ratio,
    goalMs: GOAL_MS,
    withinGoal: keystrokeMs < GOAL_MS,
  })
}
