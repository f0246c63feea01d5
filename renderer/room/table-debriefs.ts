/**
 * The debrief of each ended table, built from the host's log by the same engine as the
 * console's. The host sends every table's status after any change at any table, so a
 * debrief is kept by the table's code and log length and built again only when that log
 * changed (an undo after the end).
 */
import type { TableStatus } from '../../engine/room/protocol'
import { makeDebrief, type DebriefResult } from '../debrief/make-debrief'

export interface TableDebriefs {
  /** Table code -> its debrief, for the ended tables. */
  readonly byCode: ReadonlyMap<string, DebriefResult>
  /** What to pass as `known` with the next status. */
  readonly known: ReadonlyMap<string, DebriefResult>
}

export function tableDebriefs(
  tables: readonly TableStatus[],
  known: ReadonlyMap<string, DebriefResult>,
): TableDebriefs {
  const byCode = new Map<string, DebriefResult>()
  const kept = new Map<string, DebriefResult>()
  for (const table of tables) {
    if (!table.ended) continue
    const key = `${table.code}:${table.log.events.length}`
    const result = known.get(key) ?? makeDebrief(table.scenario, table.log)
    kept.set(key, result)
    byCode.set(table.code, result)
  }
  return { byCode, known: kept }
}
