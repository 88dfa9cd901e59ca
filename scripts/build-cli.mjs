// Bundles the CLI with esbuild into out/cli/logi-diag.js. Pure-JS dependencies are bundled in:
// loading zod from its many files alone cost ~100 ms of a cold start. Native modules (and
// systeminformation, which spawns helpers relative to itself) stay external.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

await build({
  entryPoints: { 'logi-diag': 'src/main/cli/logi-diag.ts' },
  outdir: 'out/cli',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  external: ['usb', 'node-hid', 'systeminformation'],
  banner: { js: '#!/usr/bin/env node' },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning'
})
