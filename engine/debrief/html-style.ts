/** The report's inline stylesheet: readable on screen, clean on paper. */
export const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; color: #111; background: #fff; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #333; margin-top: 2rem; }
.meta, .none, .refs { color: #555; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #bbb; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
tr.flagged td { background: #fdecea; }
.rating { font-weight: bold; }
.rating-P, .rating-S { color: #0a6b2b; }
.rating-M { color: #8a4b00; }
.rating-U { color: #a40000; }
.sev-low { color: #555; } .sev-medium { color: #8a5a00; }
.sev-high, .sev-critical { color: #a40000; font-weight: bold; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  section { break-inside: avoid-page; }
  tr { break-inside: avoid; }
  tr.flagged td { background: none; font-weight: bold; }
}
`
