/**
 * Run by the pipeline benchmark in a fresh process: `ttx play` of one log, then the process's
 * peak resident memory in MB on stdout (the command's output is discarded).
 */
import { run } from '../engine/cli/play'

const [scenario, log] = process.argv.slice(2)
if (scenario === undefined || log === undefined)
  throw new Error('usage: pipeline-peak <scenario> <log>')
const code = await run([scenario, '--log', log, '--format', 'md'], {
  out: () => undefined,
  err: () => undefined,
})
if (code !== 0) throw new Error(`ttx play exited ${code}`)
// maxRSS is in kilobytes.
process.stdout.write(`${Math.round(process.resourceUsage().maxRSS / 1024)}\n`)
