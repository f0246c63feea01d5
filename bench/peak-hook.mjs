// Loaded with `node --import` by the pipeline benchmark: at exit, the process's peak
// resident memory in MB on stderr (maxRSS is in kilobytes).
process.on('exit', () => {
  process.stderr.write(`peak-mb ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`)
})
