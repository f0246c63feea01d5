/**
 * Participant feedback typed into the app, one respondent at a time (docs/hseep.md): their
 * role, HSEEP's design-and-conduct statements and one per objective on the 1–5 scale, and the
 * open questions. "Add response" keeps it in the evaluation; the summary beside it is the one
 * Appendix C of the AAR/IP prints.
 */
import { useRef, useState } from 'react'
import type { Evaluation } from '../../engine/hseep/evaluation'
import {
  EMPTY_DRAFT,
  responseFromDraft,
  type FeedbackDraft,
} from '../../engine/hseep/feedback-entry'
import {
  AGREEMENT_SCALE,
  FEEDBACK_QUESTIONS,
  FEEDBACK_STATEMENTS,
  objectiveStatements,
  type FeedbackStatement,
} from '../../engine/hseep/feedback-form'
import { summarizeFeedback, type AgreementLine } from '../../engine/hseep/feedback-summary'
import type { Scenario } from '../../engine/scenario/schema'

type Update = (change: (e: Evaluation) => Evaluation) => void

export function FeedbackEntry({
  scenario,
  evaluation,
  update,
}: {
  scenario: Scenario
  evaluation: Evaluation
  update: Update
}) {
  const [draft, setDraft] = useState<FeedbackDraft>(EMPTY_DRAFT)
  const [problem, setProblem] = useState('')
  const [status, setStatus] = useState('')
  const role = useRef<HTMLInputElement>(null)
  const responses = evaluation.feedback

  const add = () => {
    const result = responseFromDraft(draft, `response-${Date.now().toString(36)}`)
    if (!result.ok) {
      setProblem(result.problem)
      return
    }
    update((e) => ({ ...e, feedback: [...e.feedback, result.response] }))
    setProblem('')
    setStatus(`Response ${responses.length + 1} added. The form is ready for the next person.`)
    setDraft(EMPTY_DRAFT)
    role.current?.focus()
  }

  return (
    <div className="feedback-entry">
      <form
        className="stack feedback-form"
        aria-label="Participant feedback form"
        onSubmit={(e) => {
          e.preventDefault()
          add()
        }}
      >
        <h3>One participant&rsquo;s answers</h3>
        <label className="field">
          Role or position (optional)
          <input
            ref={role}
            type="text"
            value={draft.role}
            onChange={(e) => {
              setDraft({ ...draft, role: e.target.value })
            }}
          />
        </label>
        <h4>The exercise&rsquo;s design and conduct</h4>
        {FEEDBACK_STATEMENTS.map((s) => (
          <AgreementField
            key={s.id}
            group="conduct"
            statement={s}
            value={draft.conduct[s.id]}
            set={(value) => {
              setDraft({ ...draft, conduct: withAgreement(draft.conduct, s.id, value) })
            }}
          />
        ))}
        <h4>The objectives</h4>
        {objectiveStatements(scenario).map((s) => (
          <AgreementField
            key={s.id}
            group="objective"
            statement={s}
            value={draft.objectives[s.id]}
            set={(value) => {
              setDraft({ ...draft, objectives: withAgreement(draft.objectives, s.id, value) })
            }}
          />
        ))}
        <h4>In their words</h4>
        {FEEDBACK_QUESTIONS.map((q) => (
          <label key={q.id} className="field">
            {q.text}
            <textarea
              rows={2}
              value={draft.answers[q.id] ?? ''}
              onChange={(e) => {
                setDraft({ ...draft, answers: { ...draft.answers, [q.id]: e.target.value } })
              }}
            />
          </label>
        ))}
        {problem !== '' && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary">
            Add response
          </button>
          <span role="status" className="muted">
            {status}
          </span>
        </div>
      </form>
      <FeedbackSummaryView scenario={scenario} evaluation={evaluation} update={update} />
    </div>
  )
}

function withAgreement(
  answers: Readonly<Record<string, number>>,
  id: string,
  value: number | undefined,
): Record<string, number> {
  const rest = Object.fromEntries(Object.entries(answers).filter(([key]) => key !== id))
  return value === undefined ? rest : { ...rest, [id]: value }
}

/** One statement on the 1–5 scale, as radio buttons (arrow keys move between them). */
function AgreementField({
  group,
  statement,
  value,
  set,
}: {
  group: string
  statement: FeedbackStatement
  value: number | undefined
  set: (value: number | undefined) => void
}) {
  const name = `${group}-${statement.id}`
  return (
    <fieldset className="agreement">
      <legend>{statement.text}</legend>
      <label className="check">
        <input
          type="radio"
          name={name}
          checked={value === undefined}
          onChange={() => {
            set(undefined)
          }}
        />
        No answer
      </label>
      {AGREEMENT_SCALE.map((words, at) => (
        <label key={words} className="check">
          <input
            type="radio"
            name={name}
            checked={value === at + 1}
            onChange={() => {
              set(at + 1)
            }}
          />
          {at + 1} {words}
        </label>
      ))}
    </fieldset>
  )
}

function FeedbackSummaryView({
  scenario,
  evaluation,
  update,
}: {
  scenario: Scenario
  evaluation: Evaluation
  update: Update
}) {
  const summary = summarizeFeedback(scenario, evaluation.feedback)
  const answered = (lines: readonly AgreementLine[]) => lines.filter((l) => l.answers > 0)
  const lines = [...answered(summary.conduct), ...answered(summary.objectives)]
  return (
    <section className="stack feedback-summary" aria-label="Feedback summary">
      <h3>
        {summary.responses === 0
          ? 'No responses yet'
          : `${summary.responses} response${summary.responses === 1 ? '' : 's'} entered`}
      </h3>
      {lines.length > 0 && (
        <table className="plan">
          <caption className="visually-hidden">Mean agreement, 1 to 5</caption>
          <thead>
            <tr>
              <th scope="col">Statement</th>
              <th scope="col">Mean (1–5)</th>
              <th scope="col">Answers</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.text}>
                <td>{l.text}</td>
                <td>{l.mean?.toFixed(1) ?? '—'}</td>
                <td>{l.answers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {evaluation.feedback.length > 0 && (
        <ol className="feedback-responses" aria-label="Responses entered">
          {evaluation.feedback.map((r, at) => (
            <li key={r.id} className="row">
              <span>
                Response {at + 1}
                {r.role === undefined ? '' : ` — ${r.role}`}
              </span>
              <button
                type="button"
                aria-label={`Remove response ${at + 1}${r.role === undefined ? '' : ` (${r.role})`}`}
                onClick={() => {
                  update((e) => ({ ...e, feedback: e.feedback.filter((f) => f.id !== r.id) }))
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
