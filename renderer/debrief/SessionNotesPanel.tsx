import type { SessionSection } from './session-notes'

/** The facilitator's notes and the teaching points of the options the table chose. */
export function SessionNotesPanel({ section }: { section: SessionSection }) {
  return (
    <>
      <section className="panel" aria-labelledby="teaching-title">
        <h2 id="teaching-title">Teaching points</h2>
        {section.teaching.length === 0 ? (
          <p className="muted">No option chosen in this session carries a teaching point.</p>
        ) : (
          <ul>
            {section.teaching.map((point, i) => (
              <li key={i}>
                <strong>
                  {point.at} {point.role}, “{point.label}”:
                </strong>{' '}
                {point.text}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="session-notes-title">
        <h2 id="session-notes-title">Facilitator notes</h2>
        {section.notes.length === 0 ? (
          <p className="muted">None were written during play.</p>
        ) : (
          <ul>
            {section.notes.map((note, i) => (
              <li key={i}>
                <strong>{note.at}</strong> {note.text}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
