/**
 * Text from files never executes as markup: a scenario whose every text is hostile
 * (script tags, event-handler attributes, quotes, ampersands, entities) goes through
 * replay, scoring and the HTML debrief, and the page holds only the tags the renderer
 * writes, with well-formed attributes, and every hostile text only in escaped form.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildDebrief, escapeHtml, namesOf, renderHtml } from '../../../engine/debrief'
import { Log } from '../../../engine/exercise/log'
import { replay } from '../../../engine/exercise/replay'
import { DEFAULT_POLICY } from '../../../engine/policy'
import { Scenario } from '../../../engine/scenario/schema'
import { score } from '../../../engine/scoring/score'

/** Every tag the renderer writes, and the attributes it gives them. */
const TAGS = new Set([
  '!doctype',
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'main',
  'header',
  'h1',
  'h2',
  'p',
  'code',
  'section',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
])
const ATTRIBUTES = /^(\s+(lang|charset|http-equiv|content|name|class)="[^"<>]*")*$/
const TAG = /<(\/?)([!a-zA-Z][^\s>/]*)([^>]*)>/g

/** Texts a scenario author writes, each `~n~` + hostile body so it can be found again. */
const FIELDS = [
  'title',
  'objective',
  'teacher',
  'principal',
  'families',
  'fact',
  'other-fact',
  'inject',
  'prompt',
  'tell-label',
  'tell-debrief',
  'wait-label',
  'wait-debrief',
  'statement',
  'question-1',
  'question-2',
] as const
type Field = (typeof FIELDS)[number]
type Texts = Record<Field, string>

/** The texts the debrief must show (the rest may or may not appear, but only escaped). */
const SHOWN: readonly Field[] = [
  'title',
  'objective',
  'teacher',
  'families',
  'inject',
  'tell-label',
  'tell-debrief',
  'statement',
  'question-1',
  'question-2',
]

const PIECES = [
  '<script>alert(1)</script>',
  '<SCRIPT src=//x>',
  '<img src=x onerror=alert(1)>',
  '<img src=x onerror="alert(1)">',
  '"><script>alert(1)</script>',
  "' onmouseover='alert(1)",
  '" onfocus="alert(1)" autofocus="',
  '</td></tr></table><script>',
  '</title><script>',
  '</style><script>',
  '<!--',
  '-->',
  '<![CDATA[',
  '&',
  '&amp;',
  '&lt;script&gt;',
  '&#60;',
  '"',
  "'",
  '`',
  '<',
  '>',
  ' ',
]

const body = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 6 }).map((s) => s.replace(/~/g, '')),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''))

const texts: fc.Arbitrary<Texts> = fc
  .tuple(...FIELDS.map(() => body))
  .map(
    (bodies) =>
      Object.fromEntries(FIELDS.map((field, i) => [field, `~${i}~${bodies[i] ?? ''}`])) as Texts,
  )

function scenarioOf(t: Texts): Scenario {
  return Scenario.parse({
    format: 'ttx/1',
    id: 'hostile',
    title: t.title,
    start: '08:00',
    objectives: [{ id: 'o', text: t.objective }],
    roles: [
      { id: 'teacher', title: t.teacher, kind: 'school-staff' },
      { id: 'principal', title: t.principal, kind: 'school-admin' },
      { id: 'families', title: t.families, kind: 'parents', player: false },
    ],
    people: [{ id: 'k', name: 'K.' }],
    facts: [
      {
        id: 'note',
        text: t.fact,
        certainty: 'unverified',
        sensitivity: 'observation',
        about: 'k',
        safety: true,
      },
      { id: 'other', text: t['other-fact'], certainty: 'confirmed', sensitivity: 'health' },
    ],
    injects: [
      {
        id: 'found',
        at: '08:00',
        title: t.inject,
        threat: 1,
        reveal: { teacher: ['note', 'other'] },
        decisions: [
          {
            role: 'teacher',
            prompt: t.prompt,
            options: [
              {
                id: 'tell',
                label: t['tell-label'],
                debrief: t['tell-debrief'],
                events: [{ type: 'share', to: ['principal'], facts: ['note'] }],
              },
              {
                id: 'wait',
                label: t['wait-label'],
                debrief: t['wait-debrief'],
                events: [{ type: 'note', text: t['wait-label'] }],
              },
            ],
          },
        ],
      },
    ],
    expectations: [
      {
        id: 'up',
        objective: 'o',
        escalate: { fact: 'note', to: ['principal'], within: 10 },
      },
    ],
    discussion: [t['question-1'], t['question-2']],
  })
}

function htmlOf(t: Texts): string {
  const scenario = scenarioOf(t)
  const log = Log.parse({
    format: 'ttx-log/1',
    scenario: 'hostile',
    events: [
      { t: '08:01', type: 'decide', role: 'teacher', inject: 'found', option: 'tell' },
      {
        t: '08:02',
        type: 'statement',
        from: 'teacher',
        to: ['families'],
        text: t.statement,
        certainty: 'speculation',
      },
      { t: '08:03', type: 'share', from: 'teacher', to: ['families'], facts: ['other'] },
      { t: '08:04', type: 'end' },
    ],
  })
  const result = replay(scenario, log)
  if (!result.ok) throw new Error(`replay refused: ${result.error.message}`)
  const replayed = result.replay
  const scored = score(replayed, DEFAULT_POLICY)
  return renderHtml(buildDebrief(replayed, DEFAULT_POLICY, scored), namesOf(scenario))
}

/** Only the renderer's own tags, with quoted attributes that nothing broke out of. */
function expectOnlyRendererMarkup(html: string): void {
  let tags = 0
  for (const [, , name = '', attributes = ''] of html.matchAll(TAG)) {
    tags += 1
    expect(TAGS).toContain(name.toLowerCase())
    if (name.toLowerCase() !== '!doctype') expect(attributes).toMatch(ATTRIBUTES)
  }
  // Every `<` in the page starts one of those tags: text never opens one.
  expect(html.split('<').length - 1).toBe(tags)
  // Handlers such as ` onerror=` may appear as text; inside a tag ATTRIBUTES refuses them.
  expect(html).not.toMatch(/<script|<img|<iframe/i)
}

/** Each occurrence of a text's marker is followed by the whole text, escaped. */
function expectOnlyEscaped(html: string, t: Texts): void {
  for (const [i, field] of FIELDS.entries()) {
    const marker = `~${i}~`
    const text = t[field].slice(marker.length)
    // Flag explanations quote a text trimmed and without its final full stop (scoring/words);
    // a fact named where a person reads is also on one line (debrief/names.ts, factName).
    const forms = [
      text,
      text.trimEnd().replace(/\.$/, ''),
      text.replace(/\s+/g, ' ').trim().replace(/\.$/, ''),
    ].map(escapeHtml)
    const occurrences = html.split(marker).slice(1)
    if (SHOWN.includes(field)) expect(occurrences.length, field).toBeGreaterThan(0)
    for (const after of occurrences) {
      expect(
        forms.some((form) => after.startsWith(form)),
        field,
      ).toBe(true)
    }
  }
}

describe('the HTML debrief of a hostile scenario', () => {
  it('the renderer itself writes no script and no event handler', () => {
    const plain = Object.fromEntries(FIELDS.map((f, i) => [f, `~${i}~ plain`])) as Texts
    const html = htmlOf(plain)
    expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/i)
    expectOnlyRendererMarkup(html)
    expectOnlyEscaped(html, plain)
  })

  it('the checks catch text placed unescaped', () => {
    const hostile = Object.fromEntries(
      FIELDS.map((f, i) => [f, `~${i}~<img src=x onerror=alert(1)>"`]),
    ) as Texts
    const html = htmlOf(hostile)
    const raw = html.replace(escapeHtml(hostile.title), hostile.title)
    expect(() => {
      expectOnlyRendererMarkup(raw)
    }).toThrow()
    expect(() => {
      expectOnlyEscaped(raw, hostile)
    }).toThrow()
    const breakout = html.replace('class="meta"', `class="${hostile.title}"`)
    expect(() => {
      expectOnlyRendererMarkup(breakout)
    }).toThrow()
  })

  it('holds no markup from the file, and every text only escaped', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const html = htmlOf(t)
        expectOnlyRendererMarkup(html)
        expectOnlyEscaped(html, t)
      }),
      { numRuns: 150 },
    )
  })
})
