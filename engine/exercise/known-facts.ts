/**
 * What one role knows: fact -> the minute it first learned it, as a persistent map that
 * only grows. Copying a role's Map on every first learning (to keep earlier contexts
 * unchanged) cost more than anything else in a 100,000-event replay: O(facts) per learning.
 *
 * Every version of a role's knowledge along one line of play shares one ledger of facts
 * in the order they were learned; a version sees the first `size` of them. Learning a fact
 * appends to the ledger and returns a version one longer, in constant time. When a version
 * that is not the newest learns (play branching from an earlier moment, as the model-based
 * tests do), it first copies the part it sees, so no version ever sees another's facts.
 */
import type { Minute } from '../scenario/clock'
import type { Id } from '../scenario/schema'

interface Ledger {
  readonly facts: Id[]
  readonly minutes: Minute[]
  /** fact -> its position in `facts`. */
  readonly positions: Map<Id, number>
}

const ledgerOf = (facts: Id[], minutes: Minute[]): Ledger => ({
  facts,
  minutes,
  positions: new Map(facts.map((fact, position) => [fact, position])),
})

export class KnownFacts implements ReadonlyMap<Id, Minute> {
  // Private fields stay out of equality checks and printing: a version is its entries.
  readonly #ledger: Ledger
  readonly size: number

  private constructor(ledger: Ledger, size: number) {
    this.#ledger = ledger
    this.size = size
  }

  static empty(): KnownFacts {
    return new KnownFacts(ledgerOf([], []), 0)
  }

  has(fact: Id): boolean {
    const position = this.#ledger.positions.get(fact)
    return position !== undefined && position < this.size
  }

  get(fact: Id): Minute | undefined {
    const position = this.#ledger.positions.get(fact)
    return position !== undefined && position < this.size
      ? this.#ledger.minutes[position]
      : undefined
  }

  /** This knowledge with a fact first learned at `minute` (the role must not know it yet). */
  with(fact: Id, minute: Minute): KnownFacts {
    let ledger = this.#ledger
    if (ledger.facts.length !== this.size) {
      ledger = ledgerOf(ledger.facts.slice(0, this.size), ledger.minutes.slice(0, this.size))
    }
    ledger.positions.set(fact, ledger.facts.length)
    ledger.facts.push(fact)
    ledger.minutes.push(minute)
    return new KnownFacts(ledger, this.size + 1)
  }

  *entries(): MapIterator<[Id, Minute]> {
    const { facts, minutes } = this.#ledger
    for (let position = 0; position < this.size; position++) {
      yield [facts[position] as Id, minutes[position] as Minute]
    }
  }

  *keys(): MapIterator<Id> {
    yield* this.#ledger.facts.slice(0, this.size)
  }

  *values(): MapIterator<Minute> {
    yield* this.#ledger.minutes.slice(0, this.size)
  }

  [Symbol.iterator](): MapIterator<[Id, Minute]> {
    return this.entries()
  }

  forEach(callback: (minute: Minute, fact: Id, map: ReadonlyMap<Id, Minute>) => void): void {
    for (const [fact, minute] of this.entries()) callback(minute, fact, this)
  }
}
