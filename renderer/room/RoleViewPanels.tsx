import type { RoleView } from '../../engine/room/view'
import type { RoleCommand } from '../../engine/room/protocol'
import { MaterialCard } from '../materials/MaterialCard'
import { ActComposer, DeclineComposer, ShareComposer, StatementComposer } from './RoleComposers'

const THREAT_NAMES = ['none', 'concern', 'credible', 'imminent'] as const

/** One role's screen: the moment, its open decisions, its inbox, what it knows, what it can do. */
export function RoleViewPanels({
  view,
  send,
}: {
  view: RoleView
  send: (command: RoleCommand) => void
}) {
  const title = (id: string) => view.roles.find((role) => role.id === id)?.title ?? id
  return (
    <div className="role-view stack">
      <header className="role-head">
        <h1>{view.role.title}</h1>
        <p className="muted">
          {view.scenario.title} · <span className="role-clock">{view.clock}</span> · threat:{' '}
          {THREAT_NAMES[view.threat]}
        </p>
      </header>
      {view.ended && (
        <p className="panel ended-banner" role="status">
          Play has ended. The facilitator will lead the debrief.
        </p>
      )}
      <section className="panel stack" aria-labelledby="now-title">
        <h2 id="now-title">
          Now: {view.inject.title} <span className="muted">({view.inject.at})</span>
        </h2>
        {view.inject.narrative !== undefined && <p>{view.inject.narrative}</p>}
        {view.inject.materials.map((material, at) => (
          <MaterialCard key={at} material={material} />
        ))}
      </section>
      {view.decisions.length > 0 && !view.ended && (
        <section className="panel stack" aria-labelledby="decide-title">
          <h2 id="decide-title">Your decision</h2>
          {view.decisions.map((decision) => (
            <fieldset key={decision.inject + decision.prompt} className="stack">
              <legend>{decision.prompt}</legend>
              {decision.options.map((option) => (
                <button
                  key={option.id}
                  type="button"
                  className="decision-option"
                  onClick={() => {
                    send({ type: 'decide', inject: decision.inject, option: option.id })
                  }}
                >
                  {option.label}
                </button>
              ))}
            </fieldset>
          ))}
        </section>
      )}
      <section className="panel stack" aria-labelledby="inbox-title">
        <h2 id="inbox-title">Messages to you</h2>
        {view.inbox.length === 0 && <p className="muted">Nobody has told you anything yet.</p>}
        <ol className="inbox">
          {view.inbox.map((item) => (
            <li key={`${item.type}-${item.index}-${item.from}`} className="inbox-item">
              <p className="inbox-meta">
                <strong>{title(item.from)}</strong> at {item.at} · presented as{' '}
                <span className="tag">{item.label}</span>
              </p>
              {item.type === 'statement' ? (
                <p>{item.text}</p>
              ) : (
                <>
                  <ul>
                    {item.facts.map((fact) => (
                      <li key={fact.id}>{fact.text}</li>
                    ))}
                  </ul>
                  {item.message !== undefined && (
                    <dl className="inbox-message">
                      {item.message.goal !== undefined && (
                        <Pair term="Goal" text={item.message.goal} />
                      )}
                      {item.message.urgency !== undefined && (
                        <Pair term="Urgency" text={item.message.urgency} />
                      )}
                      {item.message.known !== undefined && (
                        <Pair term="Known" text={item.message.known} />
                      )}
                      {item.message.ask !== undefined && (
                        <Pair term="Ask" text={item.message.ask} />
                      )}
                    </dl>
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section className="panel stack" aria-labelledby="knows-title">
        <h2 id="knows-title">What you know</h2>
        {view.knows.length === 0 && <p className="muted">Nothing yet.</p>}
        <ul className="known-facts">
          {view.knows.map((fact) => (
            <li key={fact.id}>
              {fact.text} <span className="tag">{fact.certainty}</span>{' '}
              <span className="muted">
                {fact.learned}
                {fact.from !== undefined ? ` from ${title(fact.from)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {view.role.briefing !== undefined && (
        <details className="panel">
          <summary>Your briefing</summary>
          <p>{view.role.briefing}</p>
        </details>
      )}
      {!view.ended && (
        <>
          <ShareComposer view={view} send={send} />
          <StatementComposer view={view} send={send} />
          <DeclineComposer view={view} send={send} />
          <ActComposer view={view} send={send} />
        </>
      )}
    </div>
  )
}

function Pair({ term, text }: { term: string; text: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{text}</dd>
    </>
  )
}
