// The outbox on disk: one JSON file per submission under <app data>/outbox/. Every write goes to
// a temporary file that is fsynced, renamed over the old one and followed by an fsync of the
// folder, so a crash or kill -9 leaves either the old or the new state, never a torn file. A
// per-entry lock file (holding the owner's pid) keeps two processes — the app and the CLI, say —
// from sending the same entry at once; a lock whose process is gone is taken over.
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs'
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { OutboxEntry, TicketForm } from '../../shared/contract'

/** What is kept beyond the public entry: the form, the exact request body and upload progress. */
export const StoredEntry = z.object({
  entry: OutboxEntry,
  form: TicketForm,
  /** The request to create, fixed at submission so every attempt sends the same ticket. */
  payload: z.object({
    subject: z.string(),
    body: z.string(),
    requester: z.object({ name: z.string(), email: z.string() }),
    customFields: z.array(z.object({ id: z.number().int(), value: z.string() }))
  }),
  /** Base URL (with any path prefix) the ticket is filed to. */
  endpointUrl: z.string(),
  upload: z.object({ token: z.string(), at: z.string() }).nullable(),
  /** A create request has gone out and no answer settled it: resending could make a duplicate. */
  createSent: z.boolean(),
  /** Where a 'waiting' entry carries on. */
  resume: z.enum(['uploading', 'creating', 'checking']).nullable(),
  uploadRetries: z.number().int().nonnegative()
})
export type StoredEntry = z.infer<typeof StoredEntry>

export class OutboxStore {
  constructor(readonly dir: string) {}

  private file(id: string): string {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`not an outbox id: ${id.slice(0, 40)}`)
    return join(this.dir, `${id}.json`)
  }

  /** Atomic and durable: after this returns, the state survives a power cut. */
  async write(record: StoredEntry): Promise<void> {
    const parsed = StoredEntry.parse(record)
    await mkdir(this.dir, { recursive: true })
    const target = this.file(parsed.entry.id)
    const tmp = `${target}.${process.pid}.tmp`
    const handle = await open(tmp, 'w', 0o600)
    try {
      await handle.writeFile(JSON.stringify(parsed, null, 2) + '\n')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tmp, target)
    await syncDir(this.dir)
  }

  async read(id: string): Promise<StoredEntry | null> {
    let text: string
    try {
      text = await readFile(this.file(id), 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw err
    }
    return parseStored(text, id)
  }

  /** Every entry, oldest first. Unreadable files are reported and left in place, never deleted. */
  async list(): Promise<{ records: StoredEntry[]; problems: string[] }> {
    let names: string[]
    try {
      names = await readdir(this.dir)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], problems: [] }
      throw err
    }
    const records: StoredEntry[] = []
    const problems: string[] = []
    for (const name of names.filter((n) => /^[0-9a-f-]{36}\.json$/.test(n))) {
      try {
        const rec = await this.read(name.slice(0, 36))
        if (rec) records.push(rec)
      } catch (err) {
        problems.push(`${name}: ${(err as Error).message}`)
      }
    }
    records.sort((a, b) => a.entry.createdAt.localeCompare(b.entry.createdAt))
    return { records, problems }
  }

  /** Takes the entry's lock, or returns null when a live process holds it. */
  async lock(id: string): Promise<(() => Promise<void>) | null> {
    await mkdir(this.dir, { recursive: true })
    const path = this.file(id).replace(/\.json$/, '.lock')
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx', 0o600)
        writeSync(fd, String(process.pid))
        fsyncSync(fd)
        closeSync(fd)
        return async () => {
          await unlink(path).catch(() => undefined)
        }
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
        const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim())
        if (owner && owner !== process.pid && isAlive(owner)) return null
        if (owner === process.pid) return null
        await unlink(path).catch(() => undefined)
      }
    }
    return null
  }
}

function parseStored(text: string, id: string): StoredEntry {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new Error(`outbox entry ${id} is not valid JSON; it was left in place`)
  }
  const result = StoredEntry.safeParse(json)
  if (!result.success) throw new Error(`outbox entry ${id} does not match the outbox format; it was left in place`)
  return result.data
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function syncDir(dir: string): Promise<void> {
  // Directory fsync makes the rename durable; Windows cannot open folders for it, where the
  // rename itself is the best available.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
