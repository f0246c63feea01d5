/**
 * Where JSON text stops being JSON: a small recursive-descent scanner that returns the
 * offset of the first character a JSON parser cannot accept. Used only after `JSON.parse`
 * failed, because V8's messages do not always name a position.
 */
export function jsonErrorOffset(text: string): number {
  const scanner = new Scanner(text)
  try {
    scanner.value()
    scanner.space()
    return scanner.at < text.length ? scanner.at : -1
  } catch (error) {
    if (error instanceof StopAt) return error.offset
    throw error
  }
}

class StopAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON stops at ${offset}`)
  }
}

const LITERALS = ['true', 'false', 'null']
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y
// Lenient about raw control characters: V8 reports those with a position of its own.
const STRING = /"(?:[^"\\]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y

class Scanner {
  at = 0
  constructor(private readonly text: string) {}

  space(): void {
    while (/\s/.test(this.text[this.at] ?? '')) this.at += 1
  }

  value(): void {
    this.space()
    const char = this.text[this.at]
    if (char === '{') {
      this.list('}', () => {
        this.member()
      })
    } else if (char === '[') {
      this.list(']', () => {
        this.value()
      })
    } else if (char === '"') this.match(STRING)
    else if (LITERALS.some((word) => this.text.startsWith(word, this.at))) {
      this.at += LITERALS.find((word) => this.text.startsWith(word, this.at))?.length ?? 0
    } else this.match(NUMBER)
  }

  private member(): void {
    this.space()
    if (this.text[this.at] !== '"') throw new StopAt(this.at)
    this.match(STRING)
    this.expect(':')
    this.value()
  }

  /** `{ ... }` or `[ ... ]`: items separated by commas. */
  private list(close: string, item: () => void): void {
    this.at += 1
    this.space()
    if (this.text[this.at] === close) {
      this.at += 1
      return
    }
    for (;;) {
      item()
      this.space()
      if (this.text[this.at] === close) {
        this.at += 1
        return
      }
      this.expect(',')
    }
  }

  private expect(char: string): void {
    this.space()
    if (this.text[this.at] !== char) throw new StopAt(this.at)
    this.at += 1
  }

  private match(pattern: RegExp): void {
    pattern.lastIndex = this.at
    if (!pattern.test(this.text)) throw new StopAt(this.at)
    this.at = pattern.lastIndex
  }
}
