/**
 * The studio on its own page, for developing it without the app around it: run
 * `npx vite --config vite.web.config.ts` and open /studio/dev/. Not part of the build.
 */
import '../../styles/tokens.css'
import '../../styles/base.css'
import { createRoot } from 'react-dom/client'
import { createBrowserHost } from '../../host/browser-host'
import Studio from '../index'

const root = document.getElementById('root')
if (root !== null) {
  createRoot(root).render(
    <Studio
      host={createBrowserHost('need-to-know-studio-dev')}
      onRun={(text) => {
        console.log(`run requested (${text.length} characters)`)
      }}
      onClose={() => {
        console.log('close requested')
      }}
    />,
  )
}
