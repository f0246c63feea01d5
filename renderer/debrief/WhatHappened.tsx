import { describeEntry } from '../../engine/debrief/describe'
import { namesOf } from '../../engine/debrief'
import type { Debrief } from '../../engine/debrief/schema'
import type { Scenario } from '../../engine/scenario/schema'

/** The debrief's timeline, line by line, in the same words as the exported report. */
export function WhatHappened({ debrief, scenario }: { debrief: Debrief; scenario: Scenario }) {
  const names = namesOf(scenario)
  return (
    <section className="panel what-happened" aria-labelledby="happened-title">
      <h2 id="happened-title">What happened</h2>
      <ol className="log-timeline">
        {debrief.timeline.map((entry, i) => (
          <li key={i} className={`entry-${entry.kind}`}>
            <span className="when">{entry.at}</span> {describeEntry(entry, names)}
          </li>
        ))}
      </ol>
    </section>
  )
}
