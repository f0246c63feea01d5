/**
 * What the HSEEP document commands share: their command line (one scenario, `--out` with
 * the file type chosen by its extension), writing the file, and PDF through LibreOffice
 * (`soffice --headless --convert-to pdf`), said plainly when it is not installed.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { renderDocx, type HseepDocument } from '../hseep'
import { readCommandLine, type CommandLine, type CommandSpec, type Options } from './command-line'
import type { Scenario } from '../scenario/schema'
import { scenarioFrom } from './inputs'
import { UserError, type Command } from './io'

export interface DocumentArgs<K extends string, O extends Options> {
  readonly scenario: string
  readonly out: string
  readonly kind: K
  readonly line: CommandLine<O>
}

/** Reads `<scenario.yaml> --out <file.ext> [options]`; the extension picks the kind. */
export function documentArgs<K extends string, const O extends Options>(
  spec: CommandSpec<O>,
  args: readonly string[],
  kinds: readonly K[],
): DocumentArgs<K, O> {
  const line = readCommandLine(spec, args)
  const scenario = line.scenario()
  const out = line.required('out', `<file.${kinds.join('|')}>`)
  const extension = extname(out).slice(1).toLowerCase()
  const kind = kinds.find((k) => k === extension)
  if (kind === undefined) {
    throw line.wrong(`--out must end in .${kinds.join(' or .')}, not "${basename(out)}"`)
  }
  return { scenario, out, kind, line }
}

/** `--date`: a calendar date, checked, or today's (UTC) when absent. */
export function dateFrom(command: string, text: string | undefined): string {
  if (text === undefined) return new Date().toISOString().slice(0, 10)
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)))
    return text
  throw new UserError(`ttx ${command}: --date must be a date like 2026-12-01, not "${text}"`, 2)
}

export function writeBytes(path: string, bytes: Uint8Array | string): void {
  try {
    writeFileSync(path, bytes)
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error)
    throw new UserError(`${path}: cannot be written (${code})`)
  }
}

/** Writes the document as Word, or as PDF by converting the Word file with LibreOffice. */
export async function writeDocument(
  command: string,
  document: HseepDocument,
  out: string,
  kind: 'docx' | 'pdf',
): Promise<void> {
  const bytes = await renderDocx(document)
  if (kind === 'docx') {
    writeBytes(out, bytes)
    return
  }
  const work = mkdtempSync(join(tmpdir(), 'ttx-pdf-'))
  try {
    const docx = join(work, `${basename(out, extname(out))}.docx`)
    writeFileSync(docx, bytes)
    convertToPdf(command, docx, work)
    const pdf = join(work, `${basename(out, extname(out))}.pdf`)
    try {
      copyFileSync(pdf, out)
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : String(error)
      throw new UserError(`${out}: cannot be written (${code})`)
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function convertToPdf(command: string, docx: string, work: string): void {
  // A profile of its own, so a LibreOffice window the user has open does not swallow the job.
  const profile = `-env:UserInstallation=file://${join(work, 'profile')}`
  const result = spawnSync(
    'soffice',
    [profile, '--headless', '--convert-to', 'pdf', '--outdir', work, docx],
    { encoding: 'utf8', timeout: 120_000 },
  )
  const missing =
    result.error !== undefined && 'code' in result.error && result.error.code === 'ENOENT'
  if (missing) {
    throw new UserError(
      `ttx ${command}: PDF needs LibreOffice, and "soffice" is not installed here. Write --out <file>.docx instead, or install LibreOffice (for example apt-get install -y libreoffice-writer-nogui) and run again.`,
    )
  }
  const pdf = docx.replace(/\.docx$/, '.pdf')
  if (result.status !== 0 || !existsSync(pdf)) {
    const why =
      result.error?.message ?? (result.stderr.trim() || `exit code ${String(result.status)}`)
    throw new UserError(
      `ttx ${command}: LibreOffice could not convert the document to PDF (${why})`,
    )
  }
}

/**
 * A command that writes one scenario's document as Word or PDF:
 * `ttx <command> <scenario.yaml> --out <file.docx|file.pdf> [--date YYYY-MM-DD]`
 * (the Situation Manual and the Exercise Evaluation Guides). Without `--date` the document
 * leaves the date blank for the trainer to fill in.
 */
export function scenarioDocumentCommand(
  command: string,
  build: (scenario: Scenario, date: string) => HseepDocument,
): Command {
  const usage = `usage: ttx ${command} <scenario.yaml> --out <file.docx|file.pdf> [--date YYYY-MM-DD]`
  return async (args) => {
    const options = documentArgs(
      { command, usage, options: { date: { type: 'string' }, out: { type: 'string' } } },
      args,
      ['docx', 'pdf'],
    )
    const scenario = scenarioFrom(options.scenario)
    const given = options.line.values.date
    const date = given === undefined ? '' : dateFrom(command, given)
    await writeDocument(command, build(scenario, date), options.out, options.kind)
    return 0
  }
}
