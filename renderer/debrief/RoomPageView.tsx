import type { FlagStep } from '../../engine/debrief/flag-steps'
import type { Debrief } from '../../engine/debrief/schema'
import { RATING_WORDS } from '../../engine/debrief/sections'
import { threatName } from '../ui/ThreatBadge'
import { pageTitle, type RoomPage } from './room-deck'

const SEVERITY_ICON = { low: '·', medium: '▲', high: '▲▲', critical: '■' } as const

/** One page of the room view, under its title. */
export function RoomPageView({
  page,
  debrief,
  onOpen,
}: {
  page: RoomPage
  debrief: Debrief
  onOpen: (flag: number) => void
}) {
  return (
    <>
      <h2 id="room-page-title" className="room-page-title">
        {pageTitle(page)}
      </h2>
      {page.kind === 'ratings' && <Ratings debrief={debrief} />}
      {page.kind === 'highlights' && (
        <ol className="room-highlights">
          {page.steps.map((step) => (
            <Highlight key={step.index} step={step} onOpen={onOpen} />
          ))}
        </ol>
      )}
      {page.kind === 'strengths' &&
        (page.strengths.length === 0 ? (
          <p>Every share, statement and action followed good practice.</p>
        ) : (
          <>
            <ul className="room-strengths">
              {page.strengths.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
            {page.more > 0 && <p className="room-more">And {page.more} more in the full report.</p>}
          </>
        ))}
      {page.kind === 'flag' && <Step step={page.step} />}
    </>
  )
}

/** The HSEEP letter large, its words, and the objective. */
function Ratings({ debrief }: { debrief: Debrief }) {
  if (debrief.objectives.length === 0) return <p>This scenario names no objectives.</p>
  return (
    <ul className="room-ratings">
      {debrief.objectives.map((o) => (
        <li key={o.id} className={`rating-${o.rating ?? 'none'}`}>
          <span className="room-rating-letter" aria-hidden="true">
            {o.rating ?? '–'}
          </span>
          <span className="room-rating-body">
            <strong className="room-rating-words">
              {o.rating === null ? 'Not rated' : RATING_WORDS[o.rating]}
            </strong>
            <span className="room-rating-objective">{o.text}</span>
          </span>
        </li>
      ))}
    </ul>
  )
}

/** One of the flags that matter most: what happened in a line, and its teaching point. */
function Highlight({ step, onOpen }: { step: FlagStep; onOpen: (flag: number) => void }) {
  return (
    <li className={`room-highlight severity-${step.flag.severity}`}>
      <p className="room-highlight-head">
        <strong>{step.rule}</strong> <Severity step={step} /> ·{' '}
        <span className="when">{step.at}</span>
        {step.who !== undefined && (
          <>
            {' '}
            · {step.who}
            {step.to.length > 0 && <> → {step.to.join(', ')}</>}
          </>
        )}
      </p>
      {step.what.length > 0 && <p className="room-highlight-what">{step.what.join(' · ')}</p>}
      <TeachingPoint step={step} />
      <button
        type="button"
        className="room-open"
        onClick={() => {
          onOpen(step.index)
        }}
      >
        Go to flag {step.index + 1}
      </button>
    </li>
  )
}

/** One flag in full: when, where in the exercise, who told whom what, why it matters. */
function Step({ step }: { step: FlagStep }) {
  return (
    <div className={`room-step severity-${step.flag.severity}`}>
      <p className="room-step-when">
        <span className="when">{step.at}</span>
        {step.inject !== undefined && (
          <>
            {' '}
            · {step.inject.title} (threat {step.inject.threat},{' '}
            {threatName(step.inject.threat).toLowerCase()})
          </>
        )}{' '}
        · <Severity step={step} />
      </p>
      {step.who !== undefined && (
        <p className="room-step-who">
          {step.who}
          {step.to.length > 0 && <> → {step.to.join(', ')}</>}
        </p>
      )}
      {step.what.length > 0 && (
        <ul className="room-step-what" aria-label="What was shared">
          {step.what.map((what, i) => (
            <li key={i}>{what}</li>
          ))}
        </ul>
      )}
      <p className="room-step-flag">{step.flag.explanation}</p>
      <p className="room-basis">
        <strong>Why:</strong> {step.basis.words}
        {step.basis.id !== undefined && step.basis.id !== step.basis.words && (
          <span className="room-rule-id"> ({step.basis.id})</span>
        )}
      </p>
      <TeachingPoint step={step} />
    </div>
  )
}

function Severity({ step }: { step: FlagStep }) {
  return (
    <span className="severity">
      <span aria-hidden="true">{SEVERITY_ICON[step.flag.severity]}</span> {step.flag.severity}
    </span>
  )
}

/** The authored teaching point, with the choice it belongs to; else the rule's lesson. */
function TeachingPoint({ step }: { step: FlagStep }) {
  const { teaching } = step
  return (
    <p className="room-teaching">
      <strong>Teaching point:</strong>{' '}
      {teaching === undefined ? (
        sentence(step.lesson)
      ) : (
        <>
          {teaching.text}{' '}
          <span className="room-choice">
            (the choice “{teaching.choice}”, {teaching.at})
          </span>
        </>
      )}
    </p>
  )
}

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}
