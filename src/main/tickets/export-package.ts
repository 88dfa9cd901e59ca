// The offline ticket package: the ticket as JSON, a readable summary and the bundle, in a folder
// or one zip, for the SPOC or for uploading by hand where the room cannot reach the help centre.
// Written under a temporary name and renamed when complete, so a half-written package never
// looks finished.
import { createWriteStream } from 'node:fs'
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import yazl from 'yazl'
import type { RouteDecision, TicketForm } from '../../shared/contract'
import type { BundleFacts } from './bundle-file'
import { ticketBody, ticketSubject } from './ticket-text'

export interface PackageContent {
  form: TicketForm
  decision: RouteDecision
  bundle: BundleFacts
}

export const PACKAGE_FILES = { ticket: 'ticket.json', summary: 'summary.txt' } as const

function documents(c: PackageContent): { ticket: string; summary: string } {
  const subject = ticketSubject(c.form, c.decision)
  const body = ticketBody(c.form, c.decision, c.bundle.bundleId)
  const ticket = { schemaVersion: 1, subject, bundleId: c.bundle.bundleId, bundleFile: c.bundle.name, form: c.form, decision: c.decision }
  const steps =
    c.decision.route === 'spoc-handoff'
      ? 'For your SPOC: file this as a JumpStart ticket on the help centre and attach the bundle.'
      : c.decision.route === 'vendor-rma'
        ? 'For the part’s vendor: open an RMA with them and attach the bundle.'
        : 'Upload by hand: open a ticket on the help centre with this subject and text, and attach the bundle.'
  return { ticket: JSON.stringify(ticket, null, 2) + '\n', summary: `${steps}\n\nSubject: ${subject}\n\n${body}` }
}

export async function writePackage(
  c: PackageContent,
  outDir: string,
  format: 'zip' | 'folder'
): Promise<{ path: string; files: string[] }> {
  await mkdir(outDir, { recursive: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)
  const name = `ticket-${c.decision.route}-${stamp}-${c.bundle.bundleId.slice(0, 8)}`
  const docs = documents(c)
  const files = [PACKAGE_FILES.ticket, PACKAGE_FILES.summary, c.bundle.name]
  if (format === 'folder') {
    const final = join(outDir, name)
    const tmp = `${final}.partial`
    await rm(tmp, { recursive: true, force: true })
    await mkdir(tmp)
    try {
      await writeFile(join(tmp, PACKAGE_FILES.ticket), docs.ticket)
      await writeFile(join(tmp, PACKAGE_FILES.summary), docs.summary)
      await copyFile(c.bundle.path, join(tmp, c.bundle.name))
      await rename(tmp, final)
    } catch (err) {
      await rm(tmp, { recursive: true, force: true })
      throw new Error(`could not write the ticket package in ${outDir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
    }
    return { path: final, files }
  }
  const final = join(outDir, `${name}.zip`)
  const tmp = `${final}.partial`
  const zip = new yazl.ZipFile()
  zip.addBuffer(Buffer.from(docs.ticket), PACKAGE_FILES.ticket)
  zip.addBuffer(Buffer.from(docs.summary), PACKAGE_FILES.summary)
  // The bundle is already compressed; storing it again costs time for nothing.
  zip.addFile(c.bundle.path, c.bundle.name, { compress: false })
  zip.end()
  try {
    await pipeline(zip.outputStream, createWriteStream(tmp))
    await rename(tmp, final)
  } catch (err) {
    await rm(tmp, { force: true })
    throw new Error(`could not write the ticket package in ${outDir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
  return { path: final, files }
}
