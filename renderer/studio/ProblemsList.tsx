import type { Diagnostic } from '../../engine/scenario/diagnostic'

interface Props {
  readonly diagnostics: readonly Diagnostic[]
  readonly onGoTo: (line: number, col: number) => void
}

/**
 * The validator's findings as a list under the editor: the same ones as the gutter marks,
 * readable by screen readers and clickable to jump to the line.
 */
export function ProblemsList({ diagnostics, onGoTo }: Props) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const warnings = diagnostics.length - errors
  return (
    <section className="studio-problems" aria-label="Problems">
      <p role="status" className={errors > 0 ? 'studio-invalid' : 'studio-valid'}>
        {errors > 0 ? `✗ ${errors} error${errors === 1 ? '' : 's'}` : '✓ Valid'}
        {warnings > 0 ? ` · ⚠ ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}
      </p>
      {diagnostics.length > 0 && (
        <ul>
          {diagnostics.map((d, index) => (
            <li key={index}>
              <button
                type="button"
                className="studio-problem"
                onClick={() => {
                  onGoTo(d.line, d.col)
                }}
              >
                {d.severity === 'error' ? '✗' : '⚠'} Line {d.line}:{d.col} — {d.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
