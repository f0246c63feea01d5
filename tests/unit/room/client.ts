/** A participant's device for the tests: a real WebSocket to the room, its messages queued. */
import WebSocket from 'ws'

export class TestDevice {
  readonly messages: Record<string, unknown>[] = []
  private waiters: (() => void)[] = []
  closed = false

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      this.messages.push(JSON.parse(data.toString('utf8')) as Record<string, unknown>)
      this.wake()
    })
    socket.on('close', () => {
      this.closed = true
      this.wake()
    })
  }

  static open(url: string, origin = new URL(url).origin): Promise<TestDevice> {
    const socket = new WebSocket(`${url.replace('http', 'ws')}room`, { headers: { origin } })
    return new Promise((resolve, reject) => {
      socket.once('open', () => {
        resolve(new TestDevice(socket))
      })
      socket.once('error', reject)
      socket.once('unexpected-response', (_request, response) => {
        reject(new Error(`refused: ${response.statusCode ?? 0}`))
      })
    })
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message))
  }

  /** The first message (from now on or already queued) of the type, removed from the queue. */
  async next(type: string, timeout = 3_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeout
    for (;;) {
      const at = this.messages.findIndex((message) => message.type === type)
      if (at >= 0) return this.messages.splice(at, 1)[0] as Record<string, unknown>
      if (this.closed) throw new Error(`closed while waiting for ${type}`)
      const left = deadline - Date.now()
      if (left <= 0)
        throw new Error(`no ${type} within ${timeout} ms: ${JSON.stringify(this.messages)}`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  async closedNow(timeout = 3_000): Promise<void> {
    const deadline = Date.now() + timeout
    while (!this.closed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
    if (!this.closed) throw new Error('socket still open')
  }

  close(): void {
    this.socket.close()
  }

  private wake(): void {
    const waiters = this.waiters
    this.waiters = []
    for (const wake of waiters) wake()
  }
}
