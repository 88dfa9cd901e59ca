// Turns log folders into sources: walk (bounded), keep files changed inside the time window,
// newest first. Rotated sets (`x.log`, `x.log.1`, `x.log.2.gz`) sort by modification time, and
// by rotation number when times tie, so the live file comes before its older generations.
import { lstat, readdir } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import type { CollectorId, OmittedItem } from '../../shared/contract'
import type { Source } from './collectors/types'

const MAX_DEPTH = 4
const MAX_ENTRIES = 5000
/** Names that are logs in the folders of known apps; user-added folders take every file. */
export const LOG_NAME = /\.(?:log|txt|json|ndjson|jsonl|etl|evtx|ips|crash|wer|out|err)(?:\.\d+)?(?:\.gz)?$|\.log\.\d+$|\.\d+\.log$/i

export interface FoundFile {
  path: string
  /** Path relative to the folder that was searched. */
  rel: string
  size: number
  mtimeMs: number
}

/** Rotation generation from a name: x.log → 0, x.log.1 → 1, x.log.2.gz → 2, x.1.log → 1. */
export function rotationIndex(name: string): number {
  const m = /\.(\d+)(?:\.gz)?$/.exec(name) ?? /\.(\d+)\.log$/.exec(name)
  return m ? Number(m[1]) : 0
}

export function newestFirst(a: FoundFile, b: FoundFile): number {
  return b.mtimeMs - a.mtimeMs || rotationIndex(basename(a.path)) - rotationIndex(basename(b.path)) || a.path.localeCompare(b.path)
}

/** Files under `root` (or `root` itself when it is a file). Symlinks are not followed. */
export async function listFiles(root: string, nameFilter: RegExp | null): Promise<FoundFile[]> {
  const out: FoundFile[] = []
  const top = await lstat(root)
  if (top.isFile()) return [{ path: root, rel: basename(root), size: top.size, mtimeMs: top.mtimeMs }]
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || out.length >= MAX_ENTRIES) return
    let names: string[]
    try {
      names = await readdir(dir)
    } catch {
      return // unreadable sub-folder: the rest still counts
    }
    for (const name of names.sort()) {
      if (out.length >= MAX_ENTRIES) return
      const p = join(dir, name)
      const st = await lstat(p).catch(() => null)
      if (!st) continue
      if (st.isDirectory()) await walk(p, depth + 1)
      else if (st.isFile() && (!nameFilter || nameFilter.test(name)))
        out.push({ path: p, rel: relative(root, p), size: st.size, mtimeMs: st.mtimeMs })
    }
  }
  await walk(root, 0)
  return out
}

/** Sources for the files changed since `since`; older ones are listed as omitted. */
export function logSources(
  files: FoundFile[],
  collector: CollectorId,
  prefix: string,
  since: Date
): { sources: Source[]; omitted: OmittedItem[] } {
  const sources: Source[] = []
  const omitted: OmittedItem[] = []
  for (const f of [...files].sort(newestFirst)) {
    // a .gz is unpacked into the bundle, so its name loses the suffix
    const bundlePath = `${prefix}/${f.rel.split(/[\\/]/).join('/')}`.replace(/\.gz$/i, '')
    if (f.mtimeMs < since.getTime()) omitted.push({ file: bundlePath, bytes: f.size, why: 'not changed inside the time window' })
    else sources.push({ collector, bundlePath, content: { kind: 'file', path: f.path }, mtimeMs: f.mtimeMs, essential: false })
  }
  return { sources, omitted }
}
