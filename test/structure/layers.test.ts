// The layering of src/ as test/structure/layer-table.ts writes it down: every import is an arrow the
// table allows, every folder has a row, and no folders import each other at run time in a cycle.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkLayers, checkTable, rowOf, type SourceFile } from './check-layers'
import { importsOf } from './imports'
import { CLOSED_FOLDERS, COMPUTED_IMPORTS, LAYERS, type LayerRow } from './layer-table'

const ROOT = join(__dirname, '../..')
const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/
const COLOCATED_TEST = /\.test\.tsx?$/

function listFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...listFiles(p))
    else out.push(relative(ROOT, p).split(sep).join('/'))
  }
  return out
}

const allFiles = listFiles(join(ROOT, 'src'))
const known = new Set(allFiles)
const sources: SourceFile[] = allFiles
  .filter((p) => CODE.test(p) && !COLOCATED_TEST.test(p))
  .map((path) => ({ path, imports: importsOf(path, readFileSync(join(ROOT, path), 'utf8')) }))

describe('layer table', () => {
  it('every import in src/ is an arrow the table allows, and no folders form a runtime import cycle', () => {
    // The walk really saw the code: static, type-only and dynamic imports of known files.
    expect(sources.length).toBeGreaterThan(200)
    const collect = sources.find((f) => f.path === 'src/main/cli/commands/collect.ts')!
    expect(collect.imports).toContainEqual(expect.objectContaining({ specifier: '../../bundle/bundle-service', runtime: true }))
    const health = sources.find((f) => f.path === 'src/main/health/run-health.ts')!
    expect(health.imports).toContainEqual(expect.objectContaining({ specifier: '../devices/discover', runtime: false }))

    const problems = checkLayers(sources, known, LAYERS, CLOSED_FOLDERS, COMPUTED_IMPORTS)
    expect(problems, problems.join('\n')).toEqual([])
  })

  it('is written bottom-up: each row names only rows listed before it, so it allows no cycle', () => {
    expect(checkTable(LAYERS)).toEqual([])
  })

  it('has a row for every folder under src/main, and no row without files', () => {
    const mainFolders = readdirSync(join(ROOT, 'src/main')).filter((n) => statSync(join(ROOT, 'src/main', n)).isDirectory())
    expect(mainFolders.filter((n) => !LAYERS.some((r) => r.folder === `main/${n}`))).toEqual([])
    expect(LAYERS.filter((row) => !sources.some((f) => rowOf(f.path, LAYERS) === row)).map((r) => r.folder)).toEqual([])
  })
})

describe('layer checker (it can fail)', () => {
  const TABLE: LayerRow[] = [
    { folder: 'shared', holds: 'contract', may: [], noNode: true },
    { folder: 'main/usb-io', holds: 'device I/O', may: ['shared'] },
    { folder: 'main/devices', holds: 'discovery', may: ['main/usb-io', 'shared'] },
    { folder: 'main/room', holds: 'discovery + firmware', may: ['main/devices', 'shared'] },
    { folder: 'main/electron', holds: 'shell', may: ['main/room', 'shared'], electron: true },
    { folder: 'renderer', holds: 'UI', may: ['shared'], noNode: true }
  ]
  const run = (files: Record<string, string>, table: readonly LayerRow[] = TABLE, closed: readonly string[] = ['', 'main']): string[] => {
    const list = Object.entries(files).map(([path, text]) => ({ path, imports: importsOf(path, text) }))
    return checkLayers(list, new Set(Object.keys(files)), table, closed)
  }

  it('passes a file list that keeps the table', () => {
    expect(
      run({
        'src/shared/a.ts': 'export const a = 1\n',
        'src/main/usb-io/io.ts': "import { a } from '../../shared/a'\nexport const io = a\n",
        'src/main/devices/discover.ts': "import { io } from '../usb-io/io'\nimport type { a } from '../../shared/a'\nexport const d = io\n",
        'src/main/room/room.ts': "export { d } from '../devices/discover'\n",
        'src/main/electron/main.ts':
          "import { app } from 'electron'\nimport { readFileSync } from 'node:fs'\nconst r = () => import('../room/room')\n"
      })
    ).toEqual([])
  })

  it('names the file, the import and the rule for a wrong arrow, however the import is written', () => {
    const problems = run({
      'src/main/room/room.ts': 'export const r = 1\n',
      'src/main/devices/discover.ts': "import { r } from '../room/room'\n",
      'src/main/devices/lazy.ts': "export const later = () => import('../room/room')\n",
      'src/main/devices/cjs.ts': "const { r } = require('../room/room')\n",
      'src/main/devices/reexport.ts': "export * from '../room/room'\n",
      'src/main/devices/typed.ts': "import type { r } from '../room/room'\n"
    })
    for (const file of ['discover', 'lazy', 'cjs', 'reexport', 'typed']) {
      expect(problems).toContainEqual(
        expect.stringMatching(
          new RegExp(`^src/main/devices/${file}\\.ts:1 imports '\\.\\./room/room' \\(main/room\\): main/devices may not import main/room`)
        )
      )
    }
    expect(problems.some((p) => p.includes('cycle'))).toBe(false)
  })

  it('catches main ↛ renderer, shared ↛ main and renderer ↛ main', () => {
    const problems = run({
      'src/renderer/view.tsx': "import { s } from '../shared/s'\nimport { x } from '../main/devices/d'\n",
      'src/shared/s.ts': "import { x } from '../main/devices/d'\nexport const s = x\n",
      'src/main/devices/d.ts': "import { v } from '../../renderer/view'\nexport const x = v\n"
    })
    expect(problems).toContainEqual(
      expect.stringContaining("src/renderer/view.tsx:2 imports '../main/devices/d' (main/devices): renderer may not import main/devices")
    )
    expect(problems).toContainEqual(
      expect.stringContaining("src/shared/s.ts:1 imports '../main/devices/d' (main/devices): shared may not import main/devices")
    )
    expect(problems).toContainEqual(
      expect.stringContaining("src/main/devices/d.ts:1 imports '../../renderer/view' (renderer): main/devices may not import renderer")
    )
  })

  it('allows electron only where the table says, and no Node built-ins in browser code', () => {
    const problems = run({
      'src/main/devices/d.ts': "import { app } from 'electron'\n",
      'src/main/electron/main.ts': "import { app } from 'electron'\n",
      'src/renderer/view.tsx': "import { readFileSync } from 'node:fs'\nimport path from 'path'\n",
      'src/shared/s.ts': "import { ipcRenderer } from 'electron/renderer'\n"
    })
    expect(problems).toEqual([
      "src/main/devices/d.ts:1 imports 'electron': only src/main/electron and src/preload may import electron (main/devices is plain Node or browser code)",
      "src/renderer/view.tsx:1 imports 'node:fs': renderer runs in a browser or sandbox, where Node built-ins do not exist",
      "src/renderer/view.tsx:2 imports 'path': renderer runs in a browser or sandbox, where Node built-ins do not exist",
      "src/shared/s.ts:1 imports 'electron/renderer': only src/main/electron and src/preload may import electron (shared is plain Node or browser code)"
    ])
  })

  it('fails a folder with no row, and a new folder inside a closed one', () => {
    expect(run({ 'src/main/gadgets/g.ts': 'export {}\n', 'src/main/loose.ts': 'export {}\n', 'src/extra/e.ts': 'export {}\n' })).toEqual([
      'src/main/gadgets/g.ts: its folder src/main/gadgets has no row in test/structure/layer-table.ts (add one, or move the file into a folder that has one)',
      'src/main/loose.ts: its folder src/main has no row in test/structure/layer-table.ts (add one, or move the file into a folder that has one)',
      'src/extra/e.ts: its folder src/extra has no row in test/structure/layer-table.ts (add one, or move the file into a folder that has one)'
    ])
    const closedRenderer = run({ 'src/renderer/src/room/card.tsx': 'export {}\n', 'src/renderer/src/main.tsx': 'export {}\n' }, TABLE, [
      '',
      'main',
      'renderer/src'
    ])
    expect(closedRenderer).toEqual([
      'src/renderer/src/room/card.tsx: src/renderer/src/room has no row of its own in test/structure/layer-table.ts (every folder under src/renderer/src needs one)'
    ])
  })

  it('fails an import it cannot place: a missing file, a path outside src/, a computed module name', () => {
    const problems = run({
      'src/main/devices/d.ts': "import { gone } from './gone'\nimport pkg from '../../../package.json'\nconst m = 'usb'\nrequire(m)\n"
    })
    expect(problems).toEqual([
      "src/main/devices/d.ts:1 imports './gone': no such file under src/ (the checker cannot place it in a layer)",
      "src/main/devices/d.ts:2 imports '../../../package.json': no such file under src/ (the checker cannot place it in a layer)",
      "src/main/devices/d.ts:4 imports 'm': a computed module name cannot be checked against the layer table; name the module with a string"
    ])
  })

  it('lets a listed file load a computed module, and fails a list entry that no longer needs it', () => {
    const files = { 'src/main/devices/d.ts': 'export const load = (p: string) => import(p)\n', 'src/main/devices/e.ts': 'export {}\n' }
    const list = Object.entries(files).map(([path, text]) => ({ path, imports: importsOf(path, text) }))
    expect(checkLayers(list, new Set(Object.keys(files)), TABLE, ['', 'main'], { 'src/main/devices/d.ts': 'why' })).toEqual([])
    expect(
      checkLayers(list, new Set(Object.keys(files)), TABLE, ['', 'main'], {
        'src/main/devices/d.ts': 'why',
        'src/main/devices/e.ts': 'why'
      })
    ).toEqual(['src/main/devices/e.ts is listed as allowed a computed import but has none: drop it from the list'])
  })

  it('reports a runtime cycle between folders, but not one closed only by a type import', () => {
    const loose: LayerRow[] = [
      { folder: 'main/a', holds: 'a', may: ['main/b'] },
      { folder: 'main/b', holds: 'b', may: ['main/a'] }
    ]
    expect(checkTable(loose)).toEqual([
      'main/a may import main/b, which is listed after it: the table is bottom-up, so this arrow could close a cycle'
    ])
    const cyclic = run(
      {
        'src/main/a/a.ts': "import { b } from '../b/b'\nexport const a = 1\n",
        'src/main/b/b.ts': "import { a } from '../a/a'\nexport const b = a\n"
      },
      loose
    )
    expect(cyclic).toEqual([
      "runtime import cycle between main/a, main/b: main/a → main/b (src/main/a/a.ts:1 imports '../b/b'); main/b → main/a (src/main/b/b.ts:1 imports '../a/a')"
    ])
    const typeOnly = run(
      {
        'src/main/a/a.ts': "import { b } from '../b/b'\nexport type A = 1\n",
        'src/main/b/b.ts': "import { type A } from '../a/a'\nexport const b = 2\n"
      },
      loose
    )
    expect(typeOnly).toEqual([])
  })

  it('reads imports with the parser: text in comments and strings is not an import', () => {
    const refs = importsOf(
      'x.ts',
      [
        "// import { no } from '../comment'",
        'const s = "import(\'../string\')"',
        "import def, { type T } from './mixed'",
        "import { type U } from './types-only'",
        "import './side-effect'",
        "export type { V } from './reexported-type'",
        "type Usb = typeof import('usb')",
        "import fs = require('node:fs')"
      ].join('\n')
    )
    expect(refs.map((r) => [r.specifier, r.line, r.runtime])).toEqual([
      ['./mixed', 3, true],
      ['./types-only', 4, false],
      ['./side-effect', 5, true],
      ['./reexported-type', 6, false],
      ['usb', 7, false],
      ['node:fs', 8, true]
    ])
  })
})
