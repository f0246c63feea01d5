/**
 * Run by crash-safety.slow.test.ts as a separate process: resumes the session in the given
 * directory and saves it over and over, one more event each time, printing "ack <n>"
 * after each save returns — until the test kills it with SIGKILL.
 */
import { Notices } from '../../../electron/main/persistence/notices'
import { SessionStore } from '../../../electron/main/persistence/session-store'
import { makeSession } from './session-fixture'

const dir = process.argv[2]
if (dir === undefined) throw new Error('usage: crash-child <dir>')
const store = new SessionStore(dir, new Notices())
const loaded = await store.load('crash')
let events = loaded.ok ? loaded.session.log.events.length : 0
// A large scenario text makes each write long, so kills often land mid-write.
const scenarioText = `# ${'x'.repeat(400_000)}\n`
for (;;) {
  events += 1
  const session = makeSession('crash', events)
  await store.save({ ...session, setup: { ...session.setup, scenarioText } })
  // Synchronous on Linux pipes: once printed, the parent may rely on this save.
  process.stdout.write(`ack ${events}\n`)
}
