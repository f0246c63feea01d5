/**
 * `npm run bench`: runs every bench/*.bench.ts and prints its figures. Each benchmark
 * measures a baseline in the same run and reports ratios against it, so the numbers mean
 * something on any machine. `npm run -s bench -- --json` prints, as its last line, one JSON
 * object with every benchmark's results.
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export interface BenchModule {
  /** Runs the benchmark, printing human-readable lines with `log`, and returns its figures. */
  run(log: (line: string) => void): Promise<Record<string, unknown>>
}

const here = dirname(fileURLToPath(import.meta.url))
const json = process.argv.includes('--json')
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
const log = (line: string): void => {
  if (json) process.stderr.write(`${line}\n`)
  else process.stdout.write(`${line}\n`)
}

const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only === undefined || name.startsWith(only))
  .sort()

let results: Record<string, unknown> = {}
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '')
  log(`\n# ${name}`)
  const module = (await import(pathToFileURL(join(here, file)).href)) as BenchModule
  const figures = await module.run(log)
  // The replay benchmark's figures are the top level of the JSON line (its contract in
  // the engine issue); the others sit under their names.
  results = name === 'replay' ? { ...figures, ...results } : { ...results, [name]: figures }
}
if (json) process.stdout.write(`${JSON.stringify(results)}\n`)
