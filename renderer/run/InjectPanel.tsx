import type { ReactNode } from 'react'
import type { Inject } from '../../engine/scenario/schema'
import { MaterialCard } from '../materials/MaterialCard'

/**
 * The current inject, big: what the room hears read out, and what it sees. `between` (the
 * open decisions) goes after the narrative and before the materials, so a large image never
 * pushes the decision below the fold.
 */
export function InjectPanel({ inject, between }: { inject: Inject; between?: ReactNode }) {
  return (
    <section className="inject panel" aria-labelledby="inject-title">
      <p className="inject-at muted">Inject due {inject.at}</p>
      <h2 id="inject-title" className="inject-title">
        {inject.title}
      </h2>
      {inject.narrative !== undefined && <p className="narrative">{inject.narrative}</p>}
      {between}
      {(inject.materials ?? []).length > 0 && (
        <div className="materials">
          {(inject.materials ?? []).map((material, i) => (
            <MaterialCard key={i} material={material} />
          ))}
        </div>
      )}
    </section>
  )
}

/** The facilitator's notes: on the console only, never on the projector. */
export function FacilitatorNotes({ inject }: { inject: Inject }) {
  if (inject.notes === undefined) return null
  return (
    <aside className="notes panel" aria-labelledby="notes-title">
      <h2 id="notes-title">
        Facilitator notes <span className="private-tag">private</span>
      </h2>
      <p>{inject.notes}</p>
    </aside>
  )
}
