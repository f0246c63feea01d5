/**
 * The whole of `ttx play` at 1,000, 10,000 and 100,000 events: read the files, parse the log
 * with positions, validate the scenario and the log, replay, score, build the debrief and
 * render it as Markdown (the command's default). Medians in this process; the peak memory of
 * each size in a fresh process, as the command runs. The baseline, measured in the same run,
 * is `JSON.parse` of the log's text and one plain pass over its events.
 * Goal: 100,000 events under 2 s and 300 MB, growing linearly.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stringify } from 'yaml'
import { run as ttxPlay } from '../engine/cli/play'
import type { Log } from '../engine/exercise/log'
import { generateLog, generateScenario } from './generate'
import { medianMs } from './measure'

const SIZES = [1_000, 10_000, 100_000] as const
const RUNS: Record<(typeof SIZES)[number], number> = { 1_000: 9, 10_000: 5, 100_000: 3 }
const SCENARIO = { roles: 40, facts: 400, injects: 200 }

const here = dirname(fileURLToPath(import.meta.url))
const folder = join(here, '..', '.bench', 'pipeline')

/** `ttx play <scenario> --log <log> --format md`, its output counted rather than printed. */
async function play(scenario: string, log: string): Promise<number> {
  let written = 0
  const output = {
    out: (text: string) => (written += text.length),
    err: () => undefined,
  }
  const code = await ttxPlay([scenario, '--log', log, '--format', 'md'], output)
  if (code !== 0 || written === 0) throw new Error(`ttx play failed on ${log} (exit ${code})`)
  return written
}

/** JSON.parse of the text and one plain pass over the events. */
function baseline(text: string): number {
  const log = JSON.parse(text) as Log
  let count = 0
  for (const event of log.events) if (event.type !== 'note') count += 1
  return count
}

/** The peak resident memory of a fresh process playing the log, in MB. */
function peakMb(scenario: string, log: string): number {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, join(here, 'pipeline-peak.ts'), scenario, log],
    { encoding: 'utf8' },
  )
  const mb = Number(child.stdout.trim())
  if (child.status !== 0 || !Number.isFinite(mb)) {
    throw new Error(`the peak-memory process failed: ${child.stderr}`)
  }
  return mb
}

/** Medians of an async step (the command is async in form; its work is synchronous). */
async function medianAsyncMs(runs: number, step: () => Promise<unknown>): Promise<number> {
  await step()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await step()
    times.push(performance.now() - start)
  }
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0
}

const round = (ms: number): number => Math.round(ms * 10) / 10

export async function run(print: (line: string) => void): Promise<Record<string, unknown>> {
  mkdirSync(folder, { recursive: true })
  const scenario = generateScenario(SCENARIO)
  const scenarioFile = join(folder, 'scenario.yaml')
  writeFileSync(scenarioFile, stringify(scenario))
  print(`scenario: ${SCENARIO.roles} roles, ${SCENARIO.facts} facts, ${SCENARIO.injects} injects`)
  const ms: number[] = []
  const baselineMs: number[] = []
  const peaks: number[] = []
  for (const size of SIZES) {
    const text = JSON.stringify(generateLog(scenario, size), null, 2)
    const logFile = join(folder, `log-${size}.json`)
    writeFileSync(logFile, text)
    const total = await medianAsyncMs(RUNS[size], () => play(scenarioFile, logFile))
    const base = medianMs(RUNS[size], () => baseline(text))
    const peak = peakMb(scenarioFile, logFile)
    ms.push(round(total))
    baselineMs.push(round(base))
    peaks.push(peak)
    print(
      `${String(size).padStart(7)} events: ttx play ${total.toFixed(0)} ms (median of ${RUNS[size]}), peak ${peak} MB, baseline ${base.toFixed(1)} ms`,
    )
  }
  const [, at10k = 0, at100k = 0] = ms
  print(
    `growth 10k -> 100k: ${(at100k / at10k).toFixed(1)}x; 100k vs baseline: ${(at100k / (baselineMs[2] ?? 1)).toFixed(1)}x`,
  )
  return {
    events: [...SIZES],
    ms,
    peakMb: peaks.at(-1),
    peakMbBySize: peaks,
    baseline: { events: [...SIZES], ms: baselineMs },
  }
}
