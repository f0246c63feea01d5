import { RULE_TITLES } from '../../engine/debrief/names'
import type { Flag } from '../../engine/scoring/flag'
import type { Scenario } from '../../engine/scenario/schema'

const SEVERITY_ICON = { low: '·', medium: '▲', high: '▲▲', critical: '■' } as const

/** Each flag with its evidence: rule, severity, role, time, explanation and basis. */
export function FlagsPanel({ flags, scenario }: { flags: readonly Flag[]; scenario: Scenario }) {
  const title = (id: string) => scenario.roles.find((r) => r.id === id)?.title ?? id
  return (
    <section className="panel flags" aria-labelledby="flags-title">
      <h2 id="flags-title">Flags ({flags.length})</h2>
      {flags.length === 0 && (
        <p>No flags: every share, statement and action followed good practice.</p>
      )}
      <ol className="flag-list">
        {flags.map((flag, i) => (
          <li key={i} className={`flag severity-${flag.severity}`}>
            <p className="flag-head">
              <span className="severity">
                <span aria-hidden="true">{SEVERITY_ICON[flag.severity]}</span> {flag.severity}
              </span>{' '}
              <strong className="flag-rule">{RULE_TITLES[flag.rule]}</strong>
              <span className="muted">
                {' '}
                at {flag.at}
                {flag.role !== undefined && <> · {title(flag.role)}</>}
                {flag.to !== undefined && <> → {flag.to.map(title).join(', ')}</>}
                {flag.delay !== undefined && <> · {flag.delay} min late</>}
                {flag.event !== undefined && <> · event {flag.event}</>}
              </span>
            </p>
            <p>{flag.explanation}</p>
            <p className="basis">Basis: {flag.basis}</p>
          </li>
        ))}
      </ol>
    </section>
  )
}
