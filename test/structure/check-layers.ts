// Checks a set of source files against the layer table. Pure: it gets the files' paths and
// imports and returns readable violations, so the test can also run it on a made-up file list and
// prove it catches a wrong arrow.
import { builtinModules } from 'node:module'
import { posix } from 'node:path'
import type { ImportRef } from './imports'
import type { LayerRow } from './layer-table'

export interface SourceFile {
  /** Repository-relative, with forward slashes: `src/main/devices/discover.ts`. */
  path: string
  imports: readonly ImportRef[]
}

const SRC = 'src/'
const RESOLVE_SUFFIXES = [
  '',
  '.ts',
  '.tsx',
  '.d.ts',
  '.mts',
  '.cts',
  '.js',
  '.mjs',
  '.cjs',
  '.json',
  '/index.ts',
  '/index.tsx',
  '/index.js'
]
const NODE_BUILTINS = new Set(builtinModules)

/** The row a path under src/ belongs to: the longest folder that contains it. */
export function rowOf(path: string, table: readonly LayerRow[]): LayerRow | undefined {
  const rel = path.startsWith(SRC) ? path.slice(SRC.length) : path
  let best: LayerRow | undefined
  for (const row of table) {
    if ((rel === row.folder || rel.startsWith(`${row.folder}/`)) && (!best || row.folder.length > best.folder.length)) best = row
  }
  return best
}

/** The known file a relative import names, or null (a `.js` specifier may name a `.ts` file). */
function resolveRelative(from: string, specifier: string, known: ReadonlySet<string>): string | null {
  const base = posix.normalize(posix.join(posix.dirname(from), specifier))
  const bases = /\.[cm]?js$/.test(base) ? [base, base.replace(/\.([cm]?)js$/, '.$1ts'), base.replace(/\.js$/, '.tsx')] : [base]
  for (const b of bases) for (const s of RESOLVE_SUFFIXES) if (known.has(b + s)) return b + s
  return null
}

const isBuiltin = (specifier: string): boolean =>
  specifier.startsWith('node:') || NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0]!)

/** A file's folder must have a row, and inside a closed folder a row more specific than it. */
function placementProblem(path: string, row: LayerRow | undefined, closed: readonly string[]): string | null {
  const dir = posix.dirname(path.slice(SRC.length))
  if (!row)
    return `${path}: its folder src/${dir === '.' ? '' : dir} has no row in test/structure/layer-table.ts (add one, or move the file into a folder that has one)`
  for (const c of closed) {
    const inside = c === '' ? dir !== '.' : dir.startsWith(`${c}/`)
    if (inside && row.folder.length <= c.length) {
      const sub = c === '' ? dir.split('/')[0] : `${c}/${dir.slice(c.length + 1).split('/')[0]}`
      return `${path}: src/${sub} has no row of its own in test/structure/layer-table.ts (every folder under src/${c} needs one)`
    }
  }
  return null
}

interface Edge {
  from: string
  to: string
  example: string
}

/** `computed`: files allowed a computed `import()`/`require()` (each says why in the table file). */
export function checkLayers(
  files: readonly SourceFile[],
  known: ReadonlySet<string>,
  table: readonly LayerRow[],
  closed: readonly string[],
  computed: Readonly<Record<string, string>> = {}
): string[] {
  const problems: string[] = []
  for (const path of Object.keys(computed)) {
    if (!files.some((f) => f.path === path && f.imports.some((i) => i.unchecked)))
      problems.push(`${path} is listed as allowed a computed import but has none: drop it from the list`)
  }
  const runtimeEdges = new Map<string, Edge>()
  for (const file of files) {
    const row = rowOf(file.path, table)
    const placement = placementProblem(file.path, row, closed)
    if (placement) problems.push(placement)
    if (!row) continue
    for (const imp of file.imports) {
      const at = `${file.path}:${imp.line} imports '${imp.specifier}'`
      if (imp.unchecked) {
        if (!(file.path in computed))
          problems.push(`${at}: a computed module name cannot be checked against the layer table; name the module with a string`)
        continue
      }
      if (imp.specifier.startsWith('.')) {
        const target = resolveRelative(file.path, imp.specifier, known)
        if (!target) {
          problems.push(`${at}: no such file under src/ (the checker cannot place it in a layer)`)
          continue
        }
        const to = target.startsWith(SRC) ? rowOf(target, table) : undefined
        if (!to) {
          problems.push(`${at}: ${target.startsWith(SRC) ? `${target} is in a folder with no row` : `${target} is outside src/`}`)
          continue
        }
        if (to.folder === row.folder) continue
        if (!row.may.includes(to.folder)) {
          problems.push(
            `${at} (${to.folder}): ${row.folder} may not import ${to.folder} (it may import: ${row.may.join(', ') || 'nothing outside itself'})`
          )
        }
        if (imp.runtime) {
          const key = `${row.folder}\u0000${to.folder}`
          if (!runtimeEdges.has(key))
            runtimeEdges.set(key, { from: row.folder, to: to.folder, example: `${file.path}:${imp.line} imports '${imp.specifier}'` })
        }
        continue
      }
      if ((imp.specifier === 'electron' || imp.specifier.startsWith('electron/')) && !row.electron) {
        problems.push(`${at}: only src/main/electron and src/preload may import electron (${row.folder} is plain Node or browser code)`)
      } else if (row.noNode && isBuiltin(imp.specifier)) {
        problems.push(`${at}: ${row.folder} runs in a browser or sandbox, where Node built-ins do not exist`)
      }
    }
  }
  for (const cycle of runtimeCycles([...runtimeEdges.values()])) problems.push(cycle)
  return problems
}

/** Runtime import cycles between rows (strongly connected groups), each with one import per arrow. */
export function runtimeCycles(edges: readonly Edge[]): string[] {
  const out = new Map<string, Edge[]>()
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e])
  // Tarjan's algorithm; the graph has a few dozen nodes, recursion depth is no concern.
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const groups: string[][] = []
  let next = 0
  const visit = (v: string): void => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const e of out.get(v) ?? []) {
      if (!index.has(e.to)) {
        visit(e.to)
        low.set(v, Math.min(low.get(v)!, low.get(e.to)!))
      } else if (onStack.has(e.to)) low.set(v, Math.min(low.get(v)!, index.get(e.to)!))
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        group.push(w)
      } while (w !== v)
      if (group.length > 1) groups.push(group.sort())
    }
  }
  for (const v of [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort()) if (!index.has(v)) visit(v)
  return groups.map((group) => {
    const inside = edges.filter((e) => group.includes(e.from) && group.includes(e.to))
    return `runtime import cycle between ${group.join(', ')}: ${inside.map((e) => `${e.from} → ${e.to} (${e.example})`).join('; ')}`
  })
}

/** The table itself: unique folders, arrows only to rows listed before (so it allows no cycle). */
export function checkTable(table: readonly LayerRow[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const row of table) {
    if (seen.has(row.folder)) problems.push(`${row.folder} has two rows`)
    for (const m of row.may) {
      if (m === row.folder) problems.push(`${row.folder} names itself (imports within a row are always allowed)`)
      else if (!table.some((r) => r.folder === m)) problems.push(`${row.folder} may import ${m}, which has no row`)
      else if (!seen.has(m))
        problems.push(`${row.folder} may import ${m}, which is listed after it: the table is bottom-up, so this arrow could close a cycle`)
    }
    seen.add(row.folder)
  }
  return problems
}
