import { describe, expect, it } from 'vitest'
import { dayOf, exportFileName, slug } from '../../../renderer/debrief/export-name'

describe('export file names', () => {
  it('are <scenario>-<table>-<date> with the kind’s extension', () => {
    const at = new Date(2026, 11, 1, 23, 30).toISOString()
    expect(exportFileName('threat-post', 'Table 3', at, 'md')).toBe(
      'threat-post-table-3-2026-12-01.md',
    )
    expect(exportFileName('threat-post', 'Table 3', at, 'json')).toBe(
      'threat-post-table-3-2026-12-01.debrief.json',
    )
    expect(exportFileName('threat-post', 'Table 3', at, 'log')).toBe(
      'threat-post-table-3-2026-12-01.log.json',
    )
  })

  it('leave out a table name with nothing usable in it', () => {
    const at = new Date(2026, 0, 5).toISOString()
    expect(exportFileName('drill', '  ', at, 'pdf')).toBe('drill-2026-01-05.pdf')
    expect(exportFileName('drill', '***', at, 'pdf')).toBe('drill-2026-01-05.pdf')
  })

  it('make a table name safe for any file system', () => {
    expect(slug('Équipe 2 / Willow Creek: "A"')).toBe('equipe-2-willow-creek-a')
    expect(slug('../../etc')).toBe('etc')
  })

  it('use the local day of the session', () => {
    expect(dayOf(new Date(2026, 6, 4, 0, 5).toISOString())).toBe('2026-07-04')
  })
})
