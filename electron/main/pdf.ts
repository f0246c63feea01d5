/**
 * PDF export: the debrief HTML is printed by a hidden window that runs no JavaScript, in
 * an in-memory session of its own that can load nothing but the one file being printed.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, session, type Session } from 'electron'
import { writeFileAtomic } from './persistence/atomic-write'
import { hardenSession } from './security'
import { PDF_CONTENT_SECURITY_POLICY } from './security-policy'
import { securePreferences } from './window'

const PARTITION = 'pdf-export'
let hardened: Session | null = null

function pdfSession(dir: string): Session {
  if (hardened !== null) return hardened
  const printing = session.fromPartition(PARTITION)
  const dirUrl = pathToFileURL(join(dir, '/')).href
  hardenSession(printing, { appUrl: dirUrl, appDir: dirUrl }, PDF_CONTENT_SECURITY_POLICY)
  hardened = printing
  return printing
}

export async function printToPdf(html: string, dir: string): Promise<Uint8Array> {
  await mkdir(dir, { recursive: true })
  const file = join(dir, `debrief-${randomUUID()}.html`)
  await writeFileAtomic(file, html)
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      ...securePreferences(undefined),
      javascript: false,
      session: pdfSession(dir),
    },
  })
  try {
    await window.loadFile(file)
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
  } finally {
    window.destroy()
    await rm(file, { force: true })
  }
}
