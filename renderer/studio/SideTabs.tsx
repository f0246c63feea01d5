import type { KeyboardEvent, ReactNode } from 'react'

export type SideTab = 'graph' | 'playtest' | 'paths'

const TABS: readonly { id: SideTab; label: string }[] = [
  { id: 'graph', label: 'Graph' },
  { id: 'playtest', label: 'Playtest' },
  { id: 'paths', label: 'Paths' },
]

interface Props {
  readonly tab: SideTab
  readonly onTab: (tab: SideTab) => void
  readonly children: ReactNode
}

/** The panel beside the editor: an ARIA tab list (arrow keys move between tabs). */
export function SideTabs({ tab, onTab, children }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
    const step = event.key === 'ArrowRight' ? 1 : TABS.length - 1
    const next = TABS[(TABS.findIndex((t) => t.id === tab) + step) % TABS.length]
    if (next !== undefined) {
      onTab(next.id)
      document.getElementById(`studio-tab-${next.id}`)?.focus()
    }
  }
  return (
    <section className="studio-side">
      <div role="tablist" aria-label="Scenario views" className="studio-tabs" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`studio-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === tab}
            aria-controls="studio-tabpanel"
            tabIndex={t.id === tab ? 0 : -1}
            onClick={() => {
              onTab(t.id)
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        id="studio-tabpanel"
        role="tabpanel"
        aria-labelledby={`studio-tab-${tab}`}
        className="studio-tabpanel"
      >
        {children}
      </div>
    </section>
  )
}
