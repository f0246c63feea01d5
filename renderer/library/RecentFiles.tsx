import { baseName } from '../../engine/scenario/material-images'
import { AppActor } from '../app/app-actor'

/**
 * The scenario files opened lately, to open again as they are now on disk (a trainer edits
 * the file, then reopens it). Only where the host can (the desktop app), and only the files
 * the host itself listed: the page never names a path of its own.
 */
export function RecentFiles({ busy }: { busy: boolean }) {
  const host = AppActor.useSelector((s) => s.context.host)
  const files = AppActor.useSelector((s) => s.context.library.settings.recentFiles)
  const actor = AppActor.useActorRef()
  if (host.openRecentFile === undefined || files.length === 0) return null
  return (
    <section aria-labelledby="recent-heading" className="recent">
      <h2 id="recent-heading">Recent files</h2>
      <ul className="recent-list">
        {files.map((path) => (
          <li key={path} className="row">
            <button
              type="button"
              disabled={busy}
              aria-label={`Open ${baseName(path)} again`}
              onClick={() => {
                actor.send({ type: 'open-recent', path })
              }}
            >
              {baseName(path)}
            </button>
            <span className="muted recent-path">{path}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
