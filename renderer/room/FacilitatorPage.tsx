import { useEffect, useState } from 'react'
import type { Control, FacilitatorMessage, TableStatus } from '../../engine/room/protocol'
import { FlagsPanel } from '../debrief/FlagsPanel'
import type { DebriefResult } from '../debrief/make-debrief'
import { ScoresPanel } from '../debrief/ScoresPanel'
import { RoomCohort } from './RoomCohort'
import { tableDebriefs } from './table-debriefs'
import { JoinQr } from './JoinQr'
import { roomSocketUrl } from './room-client'

/**
 * The headless host's facilitator page (`#/facilitate?key=…`, printed by `ttx host`): each
 * table with its join QR code, who holds which role, the controls (advance, clock, undo,
 * end, let in, free a seat) and, once play has ended, the debrief built from the host's log;
 * once two tables have ended, the tables side by side (docs/cohort.md).
 */
export function FacilitatorPage() {
  const key = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('key') ?? ''
  const [tables, setTables] = useState<readonly TableStatus[]>([])
  const [debriefs, setDebriefs] = useState<ReadonlyMap<string, DebriefResult>>(new Map())
  const [notice, setNotice] = useState('')
  const [socket, setSocket] = useState<WebSocket>()
  useEffect(() => {
    let stopped = false
    let open: WebSocket | undefined
    let known: ReadonlyMap<string, DebriefResult> = new Map()
    const connect = () => {
      const ws = new WebSocket(roomSocketUrl(window.location))
      open = ws
      ws.onopen = () => {
        ws.send(JSON.stringify({ type: 'facilitate', key }))
        setSocket(ws)
      }
      ws.onmessage = (event) => {
        if (typeof event.data !== 'string') return
        const message = JSON.parse(event.data) as
          FacilitatorMessage | { type: 'closed'; message: string }
        if (message.type === 'tables') {
          const built = tableDebriefs(message.tables, known)
          known = built.known
          setTables(message.tables)
          setDebriefs(built.byCode)
        } else setNotice(message.message)
      }
      ws.onclose = () => {
        setSocket(undefined)
        if (!stopped) setTimeout(connect, 1_000)
      }
    }
    connect()
    return () => {
      stopped = true
      open?.close()
    }
  }, [key])
  const control = (change: Omit<Control, 'type'>) => {
    socket?.send(JSON.stringify({ type: 'control', ...change }))
  }
  useEffect(() => {
    document.title = 'Need to Know — Room'
  }, [])
  return (
    <main className="screen facilitator-room stack">
      <header className="screen-head row">
        <h1>Participants’ room</h1>
        <p className="muted" role="status">
          {socket === undefined ? 'Connecting…' : notice}
        </p>
      </header>
      <div className="room-tables">
        {tables.map((table, at) => (
          <TablePanel
            key={table.code}
            name={tableName(at)}
            table={table}
            debrief={debriefs.get(table.code)}
            control={control}
          />
        ))}
      </div>
      <RoomCohort tables={tables} debriefs={debriefs} nameOf={tableName} />
    </main>
  )
}

/** A table as the facilitator calls it: by its place on the page (its code is shown beside). */
export function tableName(position: number): string {
  return `Table ${position + 1}`
}

function TablePanel({
  name,
  table,
  debrief,
  control,
}: {
  name: string
  table: TableStatus
  /** Its debrief, once play has ended. */
  debrief: DebriefResult | undefined
  control: (change: Omit<Control, 'type'>) => void
}) {
  const act = (action: Control['action'], extra: Partial<Control> = {}) => {
    control({ table: table.code, action, ...extra })
  }
  const joinUrl = `${window.location.origin}/#/join?code=${table.code}`
  return (
    <section className="panel stack room-table" aria-label={`Table ${table.code}`}>
      <h2>
        {name}: {table.title} <span className="muted">· {table.code}</span>
      </h2>
      <p>
        <span className="role-clock">{table.clock}</span> · {table.inject}
        {table.ended && <strong> · ended</strong>}
      </p>
      {!table.ended && <JoinQr url={joinUrl} code={table.code} />}
      <SeatsList table={table} act={act} />
      {!table.ended && (
        <div className="row">
          <button
            type="button"
            className="primary"
            onClick={() => {
              act('advance')
            }}
          >
            Advance
          </button>
          <button
            type="button"
            onClick={() => {
              act('minutes', { minutes: 5 })
            }}
          >
            +5 min
          </button>
          <button
            type="button"
            onClick={() => {
              act('undo')
            }}
          >
            Undo
          </button>
          <button
            type="button"
            onClick={() => {
              act('end')
            }}
          >
            End play
          </button>
        </div>
      )}
      {debrief !== undefined && <TableDebrief table={table} result={debrief} />}
    </section>
  )
}

export function SeatsList({
  table,
  act,
}: {
  table: Pick<TableStatus, 'seats'>
  act: (action: Control['action'], extra: Partial<Control>) => void
}) {
  if (table.seats.length === 0) return <p className="muted">Nobody has joined yet.</p>
  return (
    <ul className="seats">
      {table.seats.map((seat) => (
        <li key={seat.role} className="row">
          <span>
            {seat.title}:{' '}
            {!seat.approved ? 'waiting to be let in' : seat.connected ? 'connected' : 'dropped off'}
          </span>
          {!seat.approved && (
            <button
              type="button"
              onClick={() => {
                act('approve', { role: seat.role })
              }}
            >
              Let in
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              act('remove', { role: seat.role })
            }}
          >
            Free seat
          </button>
        </li>
      ))}
    </ul>
  )
}

function TableDebrief({ table, result }: { table: TableStatus; result: DebriefResult }) {
  if (!result.ok) return <p className="error">The debrief could not be built: {result.error}</p>
  return (
    <div className="debrief-grid">
      <ScoresPanel scores={result.debrief.scores} />
      <FlagsPanel flags={result.debrief.flags} scenario={table.scenario} />
    </div>
  )
}
