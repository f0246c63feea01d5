import { describe, expect, it } from 'vitest'
import type { Log } from '../../../engine/exercise/log'
import {
  sessionSection,
  withSessionHtml,
  withSessionMarkdown,
} from '../../../renderer/debrief/session-notes'
import { lockerNote } from '../studio/scenarios'

const log: Log = {
  format: 'ttx-log/1',
  scenario: lockerNote.id,
  policy: 'default',
  events: [
    { type: 'note', t: '07:31', text: 'Custodian hesitated <b>two</b> minutes' },
    { type: 'advance', t: '07:40' },
  ],
}

describe('the session section of the debrief', () => {
  const section = sessionSection(lockerNote, log, undefined, 'Table 3', '2026-12-01')

  it('takes the facilitator notes from the log, in order', () => {
    expect(section.notes).toEqual([{ at: '07:31', text: 'Custodian hesitated <b>two</b> minutes' }])
    expect(section.teaching).toEqual([])
  })

  it('puts the table, the date and the notes under the Markdown title', () => {
    const md = withSessionMarkdown('# Debrief: A note\n\n## Scores\n', section)
    expect(md.split('\n').slice(0, 3)).toEqual([
      '# Debrief: A note',
      '',
      '**Table:** Table 3 · **Date:** 2026-12-01',
    ])
    expect(md).toContain('## Facilitator notes\n\n- 07:31: Custodian hesitated <b>two</b> minutes')
    expect(md.indexOf('## Facilitator notes')).toBeLessThan(md.indexOf('## Scores'))
  })

  it('puts them after the HTML header, escaped', () => {
    const html = withSessionHtml(
      '<body><header><h1>Debrief</h1></header><main></main></body>',
      section,
    )
    expect(html).toContain('Custodian hesitated &lt;b&gt;two&lt;/b&gt; minutes')
    expect(html.indexOf('Facilitator notes')).toBeGreaterThan(html.indexOf('</header>'))
    expect(html.indexOf('Facilitator notes')).toBeLessThan(html.indexOf('<main>'))
    expect(html).toContain('<strong>Table:</strong> Table 3')
  })
})
