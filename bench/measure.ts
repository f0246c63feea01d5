/** Timing helpers shared by the benchmarks: medians, not means, so one GC pause or a busy
 * neighbour on a shared machine does not decide the figure. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const high = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? high : ((sorted[middle - 1] ?? high) + high) / 2
}

/** The median time of `runs` calls of `step`, after one warm-up call (JIT, caches). */
export function medianMs(runs: number, step: () => unknown): number {
  step()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    step()
    times.push(performance.now() - start)
  }
  return median(times)
}
