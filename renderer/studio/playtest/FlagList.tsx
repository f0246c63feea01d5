import type { Flag } from '../../../engine/scoring'

const ICON: Readonly<Record<Flag['severity'], string>> = {
  low: '·',
  medium: '▲',
  high: '▲▲',
  critical: '‼',
}

/** The engine's flags for the play so far, with severity in words and an icon. */
export function FlagList({ flags }: { flags: readonly Flag[] }) {
  return (
    <section aria-label="Flags so far" aria-live="polite">
      <h4>Flags so far: {flags.length}</h4>
      {flags.length === 0 ? (
        <p className="muted">No flags yet.</p>
      ) : (
        <ul className="studio-flags">
          {flags.map((flag, position) => (
            <li key={position}>
              <span aria-hidden="true">{ICON[flag.severity]}</span>{' '}
              <strong>
                {flag.rule} ({flag.severity})
              </strong>{' '}
              at {flag.at}
              {flag.role === undefined ? '' : `, ${flag.role}`}: {flag.explanation}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
