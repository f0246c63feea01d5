/** How the debrief is shown: the room view to discuss it together, the full report to read. */
export type DebriefView = 'room' | 'report'

export function ViewToggle({
  view,
  onChange,
}: {
  view: DebriefView
  onChange: (view: DebriefView) => void
}) {
  return (
    <div className="view-toggle" role="group" aria-label="Show the debrief as">
      <button
        type="button"
        aria-pressed={view === 'room'}
        onClick={() => {
          onChange('room')
        }}
      >
        Room view
      </button>
      <button
        type="button"
        aria-pressed={view === 'report'}
        onClick={() => {
          onChange('report')
        }}
      >
        Full report
      </button>
    </div>
  )
}
