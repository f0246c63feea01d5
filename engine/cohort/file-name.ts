/** `<scenario>-cohort-<date>.<extension>`: the cohort report's file name, in the app and the CLI. */
export function cohortFileName(
  scenarioId: string,
  date: string,
  extension: 'md' | 'docx' | 'csv',
): string {
  return `${scenarioId}-cohort-${date}.${extension}`
}
