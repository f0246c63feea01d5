/**
 * Replay at 1,000, 10,000 and 100,000 events against a large generated scenario, with
 * medians. The baseline, measured in the same run, is parsing the log's JSON text and
 * looping once over its events: the least any replay must do.
 */
import type { Log } from '../engine/exercise/log'
import { generateLog, generateScenario } from './generate'
import { medianMs } from './measure'
import { runPipeline } from './pipeline'

const SIZES = [1_000, 10_000, 100_000] as const
const RUNS: Record<(typeof SIZES)[number], number> = { 1_000: 15, 10_000: 7, 100_000: 5 }
const SCENARIO = { roles: 40, facts: 400, injects: 200 }

/** JSON.parse of the text and one plain pass over the events. */
function baseline(text: string): number {
  const log = JSON.parse(text) as Log
  let count = 0
  for (const event of log.events) if (event.type !== 'note') count += 1
  return count
}

const round = (ms: number): number => Math.round(ms * 100) / 100

export function run(print: (line: string) => void): Promise<Record<string, unknown>> {
  const scenario = generateScenario(SCENARIO)
  print(`scenario: ${SCENARIO.roles} roles, ${SCENARIO.facts} facts, ${SCENARIO.injects} injects`)
  const pipelineMs: number[] = []
  const baselineMs: number[] = []
  for (const size of SIZES) {
    const log = generateLog(scenario, size)
    const text = JSON.stringify(log)
    const ms = medianMs(RUNS[size], () => runPipeline(scenario, log))
    const base = medianMs(RUNS[size], () => baseline(text))
    pipelineMs.push(round(ms))
    baselineMs.push(round(base))
    print(
      `${String(size).padStart(7)} events: replay ${ms.toFixed(1)} ms (median of ${RUNS[size]}), baseline ${base.toFixed(1)} ms`,
    )
  }
  const [, at10k = 0, at100k = 0] = pipelineMs
  const ratioToBaseline = round(at100k / (baselineMs[2] ?? 1))
  print(
    `growth 10k -> 100k: ${(at100k / at10k).toFixed(1)}x; 100k vs baseline: ${ratioToBaseline}x`,
  )
  return Promise.resolve({
    scaling: { events: [...SIZES], ms: pipelineMs },
    ratioToBaseline,
    baseline: { events: [...SIZES], ms: baselineMs },
  })
}
