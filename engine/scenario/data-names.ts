/**
 * Plain-language names for places in a data file, so a message says `role "sro"` or
 * `decision 1 of inject "found"` rather than `roles[3]`. Generic over the file's
 * vocabulary: each loader says what its lists hold.
 */
import type { DataPath } from './yaml-source'

export interface Vocabulary {
  /** What the whole file is, as in "in the scenario". */
  readonly root: string
  /** List field -> what one item of it is called (`roles` -> `role`). */
  readonly items: Readonly<Record<string, string>>
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function valueAt(root: unknown, path: DataPath): unknown {
  let value = root
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment] as unknown
    else if (isRecord(value)) value = value[String(segment)]
    else return undefined
  }
  return value
}

/** The object at `path`: `role "sro"`, `"escalate" of expectation "fast"`, `the scenario`. */
export function placeName(path: DataPath, root: unknown, vocabulary: Vocabulary): string {
  for (let i = path.length - 1; i > 0; i--) {
    const segment = path[i]
    const list = path[i - 1]
    const noun = typeof list === 'string' ? vocabulary.items[list] : undefined
    if (typeof segment !== 'number' || noun === undefined) continue
    const item = itemName(noun, path.slice(0, i + 1), root, vocabulary)
    const inside = path.slice(i + 1)
    return inside.length === 0 ? item : `"${inside.join('.')}" of ${item}`
  }
  return path.length === 0 ? vocabulary.root : `"${path.join('.')}" of ${vocabulary.root}`
}

function itemName(noun: string, path: DataPath, root: unknown, vocabulary: Vocabulary): string {
  const item = valueAt(root, path)
  const id = isRecord(item) ? item.id : undefined
  if (typeof id === 'string' && id !== '') return `${noun} "${id}"`
  const index = Number(path[path.length - 1]) + 1
  const owner = path.slice(0, -2)
  return owner.length === 0
    ? `${noun} ${index}`
    : `${noun} ${index} of ${placeName(owner, root, vocabulary)}`
}

/** The field at `path`: `"kind"`, or `item 2 of "need"` for a list entry. */
export function fieldName(path: DataPath): string {
  if (path.length === 0) return 'the file'
  const last = path[path.length - 1]
  const before = path[path.length - 2]
  if (typeof last === 'number') {
    return typeof before === 'string' ? `item ${last + 1} of "${before}"` : `item ${last + 1}`
  }
  return `"${String(last)}"`
}

/** A value as a trainer would describe it: `"police"`, `5`, `a list`, `empty`. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'empty'
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 37)}...` : value
    return JSON.stringify(short)
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return Array.isArray(value) ? 'a list' : 'a set of fields'
}

/** `a, b or c` */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} or ${String(items[items.length - 1])}`
}
