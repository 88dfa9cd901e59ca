// Electron 42+ fetches its binary on first use instead of at install time. Without network that
// ends in a raw "TypeError: fetch failed" stack; say instead what failed and what works without it.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const install = join(process.cwd(), 'node_modules', 'electron', 'install.js')
const r = spawnSync(process.execPath, [install], { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] })
if (r.status !== 0) {
  const reason =
    (r.stderr ?? '')
      .split('\n')
      .find((l) => /error|failed|ENOTFOUND|ECONN|EAI_AGAIN/i.test(l))
      ?.trim() ?? `exit code ${r.status}`
  process.stderr.write(
    [
      'Could not download the Electron runtime that the desktop window needs (is this computer offline?).',
      `  reason: ${reason}`,
      'The web UI works without Electron: bash scripts/start.sh --web',
      ''
    ].join('\n')
  )
  process.exit(1)
}
