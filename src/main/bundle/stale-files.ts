// Leftovers of a process that was killed mid-way (kill -9, power loss): partial zips in the
// destination folder and staging folders. Each carries its writer's pid; the next run removes
// those whose writer is gone.
import { readdir, readFile, rm, unlink } from 'node:fs/promises'
import { join } from 'node:path'

export const PARTIAL_ZIP = /^\.logi-diag-[0-9a-f-]{36}\.(\d+)\.partial$/

export function isAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function partialZipName(id: string): string {
  return `.logi-diag-${id}.${process.pid}.partial`
}

/** Removes partial zips of dead writers from `dir`; returns how many. */
export async function cleanPartialZips(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[])
  let n = 0
  for (const name of names) {
    const m = PARTIAL_ZIP.exec(name)
    if (m && !isAlive(Number(m[1]))) {
      await unlink(join(dir, name)).catch(() => undefined)
      n++
    }
  }
  return n
}

/** Removes staging folders (each holds an `owner` file with its pid) of dead processes. */
export async function cleanStaging(root: string): Promise<number> {
  const names = await readdir(root).catch(() => [] as string[])
  let n = 0
  for (const name of names) {
    const dir = join(root, name)
    const owner = Number((await readFile(join(dir, 'owner'), 'utf8').catch(() => '')).trim())
    if (!owner || !isAlive(owner)) {
      await rm(dir, { recursive: true, force: true })
      n++
    }
  }
  return n
}
