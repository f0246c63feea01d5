import { useMemo } from 'react'
import type { Scenario } from '../../engine/scenario/schema'
import { pathsReport, type ScenarioPath } from '../../engine/studio/paths'

/** Every path through the scenario and, on each, which expectations can still be met. */
export function PathsReportView({ scenario }: { scenario: Scenario }) {
  const report = useMemo(() => pathsReport(scenario), [scenario])
  const titles = useMemo(
    () => new Map(scenario.injects.map((inject) => [inject.id, inject.title])),
    [scenario],
  )
  return (
    <section className="studio-paths" aria-label="Paths report">
      <p role="status">
        {report.capped
          ? `⚠ Showing the first ${report.cap} paths: there are more. Simplify the branches or read the graph.`
          : `${report.paths.length} path${report.paths.length === 1 ? '' : 's'} through the scenario.`}
      </p>
      <ol className="studio-path-list">
        {report.paths.map((path, position) => (
          <li key={position}>
            <PathItem path={path} titles={titles} />
          </li>
        ))}
      </ol>
    </section>
  )
}

function PathItem({ path, titles }: { path: ScenarioPath; titles: ReadonlyMap<string, string> }) {
  const unmet = path.expectations.filter((expectation) => !expectation.canBeMet)
  return (
    <>
      <p className="studio-path-steps">
        {path.steps.map((step, index) => (
          <span key={index}>
            {index > 0 && <span className="studio-path-arrow"> → </span>}
            {step.via !== undefined && <em>[{step.via}] </em>}
            {titles.get(step.inject) ?? step.inject}
          </span>
        ))}
        {path.loopsTo !== undefined && <strong> ↺ loops back to {path.loopsTo}</strong>}
      </p>
      {path.expectations.length > 0 && (
        <ul className="studio-path-expectations">
          {path.expectations.map((expectation) => (
            <li key={expectation.id}>
              {expectation.canBeMet ? '✓' : '✗'} {expectation.id}
              {expectation.canBeMet ? ' can be met' : ` cannot be met: ${expectation.reason ?? ''}`}
            </li>
          ))}
        </ul>
      )}
      {unmet.length === 0 && path.expectations.length > 0 && (
        <p className="visually-hidden">Every expectation can be met on this path.</p>
      )}
    </>
  )
}
