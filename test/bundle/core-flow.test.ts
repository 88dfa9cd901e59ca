// The Collect → Review → Save flow through the contract, as the UI drives it: every input and
// output is validated with the same zod schemas the Electron and web shells use, against the real
// core (its device enumeration replaced by a room the test controls).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ContractError,
  RedactionCategory,
  parseCallInput,
  parseCallOutput,
  parseEvent,
  type BundleProgress,
  type CallInput,
  type CallName,
  type CallOutput
} from '../../src/shared/contract'
import { CATEGORIES } from '../../src/main/privacy'
import type { Core } from '../../src/main/core/core'
import { verifyBundle } from '../../src/main/bundle/read-bundle'
import { coreWithRoom } from '../support/core-with-room'
import { makeDevice } from '../support/device'
import { removeTempDirs, tempDir, zipEntries } from './support'

const rallyCamera = makeDevice()

let core: Core
let logs: string
let dataDir: string
const progress: BundleProgress[] = []
const saved = { data: '', bundles: '' }

async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const parsed = parseCallInput(name, input)
  const handler = core.handlers[parsed.name] as (i: unknown) => Promise<unknown>
  return parseCallOutput(parsed.name, await handler(parsed.input)) as CallOutput<N>
}

function until(collectionId: string, phase: BundleProgress['phase']): Promise<BundleProgress> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${phase} for ${collectionId}`)), 90_000)
    const off = core.on('bundle.progress', (p) => {
      if (p.collectionId !== collectionId) return
      if (p.phase === phase) {
        clearTimeout(timer)
        off()
        resolve(p)
      } else if (p.phase === 'failed') reject(new Error(p.error ?? 'failed'))
    })
  })
}

beforeAll(() => {
  saved.data = process.env.LOGI_DIAG_DATA_DIR ?? ''
  saved.bundles = process.env.LOGI_DIAG_BUNDLE_DIR ?? ''
  const root = tempDir()
  dataDir = join(root, 'state')
  process.env.LOGI_DIAG_DATA_DIR = dataDir
  process.env.LOGI_DIAG_BUNDLE_DIR = join(root, 'bundles')
  logs = join(root, 'logs')
  mkdirSync(logs)
  writeFileSync(
    join(logs, 'sync.log'),
    'signed in as anna.berg@northwind.example from 81.2.69.160 in Boardroom Nine\nLogitech Rally Camera serial=CAM1 ok\n'
  )
  // ~600 KB: several pages
  const lines: string[] = []
  for (let i = 0; i < 6000; i++)
    lines.push(`2026-12-04T09:00:${String(i % 60).padStart(2, '0')}Z frame ${i} from 10.0.${i % 250}.${(i * 7) % 250} user=pat${i % 5} ok`)
  writeFileSync(join(logs, 'big.log'), lines.join('\n') + '\n')
  const c = coreWithRoom({ devices: [rallyCamera], systems: [] })
  core = c.core
  core.on('bundle.progress', (p) => progress.push(parseEvent('bundle.progress', p) as BundleProgress))
})

afterAll(() => {
  core.stop()
  process.env.LOGI_DIAG_DATA_DIR = saved.data
  process.env.LOGI_DIAG_BUNDLE_DIR = saved.bundles
  if (!saved.data) delete process.env.LOGI_DIAG_DATA_DIR
  if (!saved.bundles) delete process.env.LOGI_DIAG_BUNDLE_DIR
  removeTempDirs()
})

describe('bundle calls through the contract', () => {
  it("the contract names the privacy engine's categories exactly", () => {
    expect([...RedactionCategory.options]).toEqual([...CATEGORIES])
  })

  it('plan lists every category with an explanation, the defaults and the save folder', async () => {
    const plan = await call('bundle.plan', undefined)
    expect(plan.categories.map((c) => c.id)).toEqual([
      'inventory',
      'health',
      'host',
      'app-log',
      'os-log',
      'vendor-logs',
      'user-logs',
      'crash-reports'
    ])
    for (const c of plan.categories) expect(c.explanation.length).toBeGreaterThan(20)
    expect(plan).toMatchObject({ sinceHours: 72, budgetBytes: 20 * 1024 * 1024, defaultFolder: process.env.LOGI_DIAG_BUNDLE_DIR })
  })

  it('rejects hostile or malformed inputs before they reach the core', async () => {
    expect(() => parseCallInput('bundle.page', { collectionId: 'x', fileId: 'f1', offset: 0 })).toThrow(ContractError)
    expect(() => parseCallInput('bundle.page', { collectionId: crypto.randomUUID(), fileId: '../etc', offset: 0 })).toThrow(ContractError)
    expect(() => parseCallInput('bundle.page', { collectionId: crypto.randomUUID(), fileId: 'f1', offset: -1 })).toThrow(ContractError)
    expect(() => parseCallInput('bundle.start', { budgetBytes: 1 })).toThrow(ContractError)
    expect(() => parseCallInput('bundle.start', { extraLogPaths: [''] })).toThrow(ContractError)
    expect(() => parseCallInput('bundle.start', { evil: true })).toThrow(ContractError)
    await expect(call('bundle.review', { collectionId: crypto.randomUUID() })).rejects.toThrow(/unknown collection/)
  })

  let id = ''
  it('start → progress per stage → ready', async () => {
    ;({ collectionId: id } = await call('bundle.start', { extraLogPaths: [logs], sinceHours: 24, budgetBytes: 4 * 1024 * 1024 }))
    const ready = await until(id, 'ready')
    expect(ready.fraction).toBe(1)
    expect(ready.stages.map((s) => s.id)).toContain('budget')
    expect(ready.stages.every((s) => ['ok', 'skipped', 'failed'].includes(s.status))).toBe(true)
    const mine = progress.filter((p) => p.collectionId === id)
    expect(mine.some((p) => p.stages.some((s) => s.status === 'running'))).toBe(true)
  })

  it('review lists every file with sizes and per-category counts; the device serial is kept', async () => {
    const r = await call('bundle.review', { collectionId: id })
    const sync = r.files.find((f) => f.path === 'logs/added/1-logs/sync.log')!
    expect(sync).toMatchObject({ included: true, binary: false, collector: 'user-logs' })
    expect(sync.counts.contact).toBe(1)
    expect(sync.counts['network-identifier']).toBe(1)
    expect(sync.redactionCount).toBe(Object.values(sync.counts).reduce((a, b) => a + b, 0))
    const page = await call('bundle.page', { collectionId: id, fileId: sync.fileId, offset: 0 })
    expect(page.text).toContain('serial=CAM1')
    expect(page.text).not.toContain('northwind')
    expect(r.totals.files).toBe(r.files.filter((f) => f.included).length)
  })

  it('pages a large file with spans that land exactly on tokens, and the pages rebuild the entry', async () => {
    const r = await call('bundle.review', { collectionId: id })
    const big = r.files.find((f) => f.path.endsWith('big.log'))!
    let offset: number | null = 0
    const pages: string[] = []
    while (offset !== null) {
      const p: CallOutput<'bundle.page'> = await call('bundle.page', { collectionId: id, fileId: big.fileId, offset, maxBytes: 64 * 1024 })
      expect(Buffer.byteLength(p.text)).toBeLessThanOrEqual(64 * 1024)
      if (p.nextOffset !== null) expect(p.text.endsWith('\n')).toBe(true)
      for (const s of p.spans) expect(p.text.slice(s.offset, s.offset + s.length)).toMatch(/^<(ip-10\/8|user)-\d+>$/)
      expect(p.spans.length).toBe((p.text.match(/<(?:ip-10\/8|user)-\d+>/g) ?? []).length)
      pages.push(p.text)
      offset = p.nextOffset
    }
    expect(pages.length).toBeGreaterThan(5)
    const text = pages.join('')
    expect(Buffer.byteLength(text)).toBe(big.bytes)
    expect(text.split('\n').length).toBe(6001)
  })

  it('excludes a file, adds a custom term, re-runs the filter and saves with the consent recorded', async () => {
    let r = await call('bundle.review', { collectionId: id })
    const big = r.files.find((f) => f.path.endsWith('big.log'))!
    r = await call('bundle.setIncluded', { collectionId: id, fileId: big.fileId, included: false })
    expect(r.files.find((f) => f.fileId === big.fileId)!.included).toBe(false)
    const before = r.totals.files

    await call('bundle.redactTerms', { collectionId: id, customTerms: ['Boardroom Nine'] })
    await until(id, 'ready')
    r = await call('bundle.review', { collectionId: id })
    expect(r.customTermCount).toBe(1)
    expect(r.totals.files).toBe(before) // the exclusion survives the re-run
    const sync = r.files.find((f) => f.path === 'logs/added/1-logs/sync.log')!
    expect(sync.counts.custom).toBe(1)
    const page = await call('bundle.page', { collectionId: id, fileId: sync.fileId, offset: 0 })
    const term = page.spans.find((s) => s.category === 'custom')!
    expect(page.text.slice(term.offset, term.offset + term.length)).toBe('<term-1>')

    const saved = await call('bundle.save', { collectionId: id })
    expect(saved.path.startsWith(process.env.LOGI_DIAG_BUNDLE_DIR!)).toBe(true)
    const v = await verifyBundle(saved.path)
    expect(v.problems).toEqual([])
    expect(v.manifest!.bundleId).toBe(saved.bundleId)
    expect(v.manifest!.consent).toMatchObject({ method: 'review', customTerms: 1, excludedFiles: [big.path] })
    const entries = await zipEntries(saved.path)
    expect(entries.has(big.path)).toBe(false)
    expect(entries.get('logs/added/1-logs/sync.log')!.toString()).toContain('<term-1>')
    expect(existsSync(saved.mapPath)).toBe(true)
    // staging is gone once saved
    expect(readdirSync(join(dataDir, 'staging'))).not.toContain(id)
  })

  it('cancel stops a collection and leaves no staging behind', async () => {
    const { collectionId } = await call('bundle.start', { extraLogPaths: [logs] })
    const cancelled = until(collectionId, 'cancelled')
    expect(await call('bundle.cancel', { collectionId })).toEqual({ cancelled: true })
    await cancelled
    expect(existsSync(join(dataDir, 'staging', collectionId))).toBe(false)
    await expect(call('bundle.review', { collectionId })).resolves.toMatchObject({ phase: 'cancelled', files: [] })
    expect(await call('bundle.discard', { collectionId })).toEqual({ discarded: true })
  })
})
