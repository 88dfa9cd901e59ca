// Bundles the CLI with esbuild into out/cli/logi-diag.js. Native and heavy runtime
// packages stay external so they load from node_modules exactly as in Electron.
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
  external: Object.keys(pkg.dependencies ?? {}),
  banner: { js: '#!/usr/bin/env node' },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning'
})
