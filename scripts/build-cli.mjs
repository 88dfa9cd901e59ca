// Bundles the CLI with esbuild into out/cli/logi-diag.js. Pure-JS dependencies are bundled in:
// loading zod from its many files alone cost ~100 ms of a cold start. Native modules (and
// systeminformation, which spawns helpers relative to itself) stay external.
//
// The cold path (`detect --json`) is most of what the CLI is run for, so only what it needs is
// parsed at start: the bundle is ES modules split at every dynamic import (the privacy engine with
// its phone-number metadata, the web server) and minified, which more than halved the code V8
// compiles before the first line of output (see the README's benchmark figures).
import { build } from 'esbuild'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

// Stale chunks from an earlier build must not linger next to the new ones.
rmSync('out/cli', { recursive: true, force: true })
mkdirSync('out/cli', { recursive: true })
// The .js files here are ES modules (the bin keeps its name).
writeFileSync('out/cli/package.json', JSON.stringify({ type: 'module' }) + '\n')

await build({
  entryPoints: { 'logi-diag': 'src/main/cli/logi-diag.ts' },
  outdir: 'out/cli',
  bundle: true,
  splitting: true,
  minify: true,
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  external: ['usb', 'node-hid', 'systeminformation'],
  // The sources are written for CommonJS (require of native modules, __dirname for the files
  // shipped next to the bundle); give every chunk both.
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __logiCreateRequire } from 'node:module';",
      "import { fileURLToPath as __logiFileURLToPath } from 'node:url';",
      'const require = __logiCreateRequire(import.meta.url);',
      "const __filename = __logiFileURLToPath(import.meta.url), __dirname = __logiFileURLToPath(new URL('.', import.meta.url)).replace(/\\/$/, '');"
    ].join('\n')
  },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning'
})
