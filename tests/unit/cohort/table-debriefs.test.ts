/**
 * The facilitator page's debriefs: one per ended table, built again only when that table's
 * log changed (the host sends every table's status after any change at any table).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseLog } from '../../../engine/exercise/parse-log'
import type { TableStatus } from '../../../engine/room/protocol'
import { tableDebriefs } from '../../../renderer/room/table-debriefs'
import { LIBRARY, shippedScenario } from './tables'

const scenario = shippedScenario('threat-post')
const parsed = parseLog(
  readFileSync(join(LIBRARY, 'threat-post', 'logs', 'reference.json'), 'utf8'),
)
if (!parsed.ok) throw new Error(parsed.message)
const log = parsed.log

function status(code: string, ended: boolean, events = log.events): TableStatus {
  return {
    code,
    title: scenario.title,
    clock: '22:45',
    inject: '',
    ended,
    seats: [],
    scenario,
    log: { ...log, events },
  }
}

describe('tableDebriefs', () => {
  it('builds the debriefs of the ended tables only', () => {
    const { byCode } = tableDebriefs([status('AAAAAA', true), status('BBBBBB', false)], new Map())
    expect([...byCode.keys()]).toEqual(['AAAAAA'])
    const result = byCode.get('AAAAAA')
    expect(result?.ok && result.debrief.scores.overall).toBe(100)
  })

  it('keeps a debrief while its log stands, and builds it again when the log changed', () => {
    const first = tableDebriefs([status('AAAAAA', true)], new Map())
    const same = tableDebriefs([status('AAAAAA', true), status('BBBBBB', false)], first.known)
    expect(same.byCode.get('AAAAAA')).toBe(first.byCode.get('AAAAAA'))
    const undone = tableDebriefs([status('AAAAAA', true, log.events.slice(0, -2))], same.known)
    expect(undone.byCode.get('AAAAAA')).not.toBe(first.byCode.get('AAAAAA'))
    // What is no longer shown is not kept.
    expect(undone.known.size).toBe(1)
  })
})
