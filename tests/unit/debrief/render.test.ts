import { describe, expect, it } from 'vitest'
import { buildDebrief } from '../../../engine/debrief/build'
import { escapeMermaid } from '../../../engine/debrief/escape'
import { flowDiagram } from '../../../engine/debrief/mermaid'
import { renderHtml } from '../../../engine/debrief/html'
import { renderMarkdown } from '../../../engine/debrief/markdown'
import { namesOf } from '../../../engine/debrief/names'
import { DEFAULT_POLICY } from '../../../engine/policy/default-policy'
import { score } from '../../../engine/scoring/score'
import { play, scenarioOf } from '../scoring/play'

const EVIL = '<script>alert("x")</script>'

/** Every text a trainer writes is hostile here. */
const HOSTILE = scenarioOf(`
format: ttx/1
id: hostile
title: '${EVIL} & co'
start: "08:00"
objectives:
  - { id: o, text: "<b>bold</b> objective" }
roles:
  - { id: teacher, title: 'Mr. "Quote"; end #1 <img src=x onerror=alert(1)>', kind: school-staff }
  - { id: families, title: "All families | *list*", kind: parents, player: false }
people:
  - { id: k, name: "K." }
facts:
  - { id: note, text: "It says '<iframe>' & more", certainty: unverified, sensitivity: observation, about: k, safety: true }
injects:
  - { id: found, at: "08:00", title: "<h1>inject</h1>", threat: 1, reveal: { teacher: [note] } }
discussion:
  - "What about ${EVIL.replace(/"/g, "'")}?"
`)

function debrief() {
  const replayed = play(HOSTILE, [
    { t: '08:01', type: 'share', from: 'teacher', to: ['families'], facts: ['note'] },
    {
      t: '08:02',
      type: 'statement',
      from: 'teacher',
      to: ['families'],
      text: EVIL,
      certainty: 'speculation',
    },
    { t: '08:03', type: 'end' },
  ])
  return buildDebrief(replayed, DEFAULT_POLICY, score(replayed, DEFAULT_POLICY))
}

describe('renderHtml', () => {
  const html = renderHtml(debrief(), namesOf(HOSTILE))

  it('escapes everything that comes from files', () => {
    expect(html).not.toMatch(/<script|<iframe|<img|<b>|<h1>inject/i)
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co')
    expect(html).toContain('Mr. &quot;Quote&quot;; end #1 &lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('It says &#39;&lt;iframe&gt;&#39; &amp; more')
  })

  it('is one standalone printable page', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('@media print')
    expect(html).toContain("default-src 'none'")
    expect(html).not.toMatch(/<link|<script|https?:\/\//i)
    expect(html.match(/<section>/g)).toHaveLength(10)
    expect(html).toContain('<tr class="flagged">')
  })
})

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(debrief(), namesOf(HOSTILE))
  const mermaid = /```mermaid\n([\s\S]*?)\n```/.exec(markdown)?.[1] ?? ''

  it('has the sections of an after-action report, in order', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'))
    expect(headings.slice(1)).toEqual([
      '## Objective ratings',
      '## Scores',
      '## Timeline',
      '## Information flow',
      '## Flags',
      '## Strengths',
      '## Areas for improvement',
      '## Teaching points',
      '## Improvement plan',
      '## Discussion questions',
    ])
    expect(markdown).toContain('| Time | What |')
    expect(markdown).toMatch(/\n1\. What about /)
  })

  it('escapes HTML and Markdown syntax in text', () => {
    expect(markdown).not.toMatch(/<script|<iframe|<img|<b>/i)
    expect(markdown).toContain('&lt;script&gt;')
    expect(markdown).toContain('All families \\| \\*list\\*')
  })

  it('draws who told whom what as a sequence diagram, flagged edges crossed', () => {
    expect(mermaid.startsWith('sequenceDiagram\n')).toBe(true)
    expect(mermaid).toContain(
      'participant p1 as Mr. #34;Quote#34;#59; end #35;1 #60;img src=x onerror=alert(1)#62;',
    )
    // Arrows carry the fact's text, never its id.
    expect(mermaid).toMatch(
      /\n {2}p1-xp2: FLAGGED 08#58;01 It says #39;#60;iframe#62;#39; #38; more$/,
    )
    // Nothing a file wrote can break out of a label: outside entity codes and the line
    // breaks the diagram puts between facts, no < > " ; #.
    expect(mermaid.replace(/#\d+;|<br\/>/g, '')).not.toMatch(/[<>";#]/)
  })
})

describe('flowDiagram', () => {
  const long = 'A story post from the account m.0nfire shows what looks like a rifle on a bed.'
  const names = {
    roles: { a: 'Coach', b: 'Principal' },
    facts: { 'f-post': long, 'f-who': 'Two students say it is M.' },
  }
  const source = flowDiagram(
    {
      ...debrief(),
      flow: [{ at: '21:38', from: 'a', to: 'b', facts: ['f-post', 'f-who'], flagged: false }],
    },
    names,
  )

  it('labels an arrow with the facts’ texts, shortened, one a line', () => {
    expect(
      source.endsWith(
        'p1->>p2: 21#58;38 A story post from the account m.0nfire shows…<br/>Two students say it is M',
      ),
    ).toBe(true)
    expect(source).not.toMatch(/f-post|f-who/)
  })
})

describe('escapeMermaid', () => {
  it('turns syntax into entity codes and keeps one line', () => {
    expect(escapeMermaid('a;b#c\n<d> "e"')).toBe('a#59;b#35;c #60;d#62; #34;e#34;')
  })
})
