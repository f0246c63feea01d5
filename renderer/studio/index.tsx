/**
 * The Scenario Studio, loaded lazily by the app (`React.lazy(() => import('./studio'))`) so
 * CodeMirror, React Flow and dagre stay out of the main bundle.
 */
import './studio.css'
import { Studio } from './Studio'

export type { StudioProps } from './Studio'
export default Studio
