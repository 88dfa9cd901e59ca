import type { Command } from 'commander'
// Loaded on use, so other commands do not pay for the zip reader.
const readBundle = () => import('../../bundle/read-bundle')
import { EXIT } from '../exit-codes'

export function registerBundle(program: Command): void {
  const bundle = program.command('bundle').description('inspect a saved diagnostic bundle')
  bundle
    .command('verify')
    .description('check every SHA-256 in the manifest and that every entry is listed; exit 1 on any mismatch')
    .argument('<path>', 'the bundle .zip')
    .option('--json', 'print the result as JSON')
    .action(async (path: string, opts: { json?: boolean }) => {
      const { verifyBundle } = await readBundle()
      const v = await verifyBundle(path)
      if (opts.json)
        process.stdout.write(
          JSON.stringify({ ok: v.ok, bundleId: v.manifest?.bundleId ?? null, checked: v.checked, problems: v.problems }, null, 2) + '\n'
        )
      else if (v.ok) process.stdout.write(`OK: ${v.checked} file(s) match the manifest of bundle ${v.manifest!.bundleId}\n`)
      else process.stdout.write(`NOT OK: ${v.problems.length} problem(s)\n${v.problems.map((p) => `  ${p}\n`).join('')}`)
      process.exitCode = v.ok ? EXIT.ok : EXIT.failure
    })
  bundle
    .command('show')
    .description('print the manifest of a bundle in human form')
    .argument('<path>', 'the bundle .zip')
    .option('--json', 'print manifest.json as it is')
    .action(async (path: string, opts: { json?: boolean }) => {
      const { readBundleManifest, formatManifest } = await readBundle()
      const m = await readBundleManifest(path)
      process.stdout.write(opts.json ? JSON.stringify(m, null, 2) + '\n' : formatManifest(m))
    })
}
