// `npm run bench`: runs every bench/*.bench.ts as its own process (so one bench's memory does
// not skew another's figures) and prints what each reports. Figures only; nothing asserts speed.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const dir = join(__dirname, '..', 'bench')
const only = process.argv[2]
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort()
let failed = 0
for (const f of files) {
  process.stdout.write(`\n=== ${f} ===\n`)
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, f)], { stdio: 'inherit' })
  if (r.status !== 0) {
    failed++
    process.stdout.write(`(${f} exited with ${r.status ?? r.signal})\n`)
  }
}
process.exitCode = failed ? 1 : 0
