// Whether `start.sh` can skip `npm ci` or the build: each step leaves a stamp, and the step is
// needed again only when what it depends on changed since.
//   node scripts/up-to-date.mjs install|build        exit 0 when up to date, 1 when needed
//   node scripts/up-to-date.mjs install|build --mark  record that the step just ran
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const INSTALL_STAMP = 'node_modules/.logi-diag-installed'
const BUILD_STAMP = 'out/.logi-diag-built'
/** What the build reads; anything newer than the stamp means the build is stale. */
const BUILD_INPUTS = [
  'src',
  'scripts/build-cli.mjs',
  'electron.vite.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.node.json',
  'tsconfig.web.json'
]

const lockHash = (root) =>
  createHash('sha256')
    .update(readFileSync(join(root, 'package-lock.json')))
    .digest('hex')

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = st.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

export function needsInstall(root) {
  const stamp = join(root, INSTALL_STAMP)
  return !existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== lockHash(root)
}

export function needsBuild(root) {
  const stamp = join(root, BUILD_STAMP)
  if (!existsSync(stamp)) return true
  const built = statSync(stamp).mtimeMs
  return BUILD_INPUTS.some((p) => newestMtime(join(root, p)) > built)
}

export function mark(root, step) {
  if (step === 'install') writeFileSync(join(root, INSTALL_STAMP), lockHash(root) + '\n')
  else writeFileSync(join(root, BUILD_STAMP), new Date().toISOString() + '\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [step, flag] = process.argv.slice(2)
  if (step !== 'install' && step !== 'build') {
    process.stderr.write('usage: node scripts/up-to-date.mjs install|build [--mark]\n')
    process.exit(2)
  }
  const root = process.cwd()
  if (flag === '--mark') mark(root, step)
  else process.exit((step === 'install' ? needsInstall(root) : needsBuild(root)) ? 1 : 0)
}
