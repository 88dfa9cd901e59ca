// The ticket calls through the core, validated with the contract both ways as every shell does:
// prefill from a detected Rally, bundles, submit with progress events, outbox, export, resume
// on start.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import yauzl from 'yauzl'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../src/main/core/core'
import { DeviceWatcher } from '../../src/main/room/watch'
import { parseCallInput, parseCallOutput, type CallName, type Device, type Snapshot, type TicketProgress } from '../../src/shared/contract'
import { TicketService } from '../../src/main/tickets/ticket-service'
import { makeDevice } from '../support/device'
import { FakeZendesk } from './zendesk-server'
import { makeBundle, rmaForm, tempEnv } from './support'

const tableHub: Device = makeDevice({
  id: 'usb:1-3',
  productId: '088f',
  part: 'table-hub',
  name: 'Rally Table Hub',
  serial: 'HUB7',
  firmware: '1.4.0',
  location: { bus: 1, ports: [3], hubDepth: 0 }
})
const camera: Device = makeDevice({ firmware: '1.2.300' })
// The hub is listed first on purpose: the serial must still be the camera's.
const room: Snapshot = {
  devices: [tableHub, camera],
  systems: [{ id: 'system:usb:1-2', product: 'Rally', parts: ['usb:1-3', 'usb:1-2'], missing: [], peripherals: [] }]
}

let server: FakeZendesk
let env: ReturnType<typeof tempEnv>
let core: Core

function makeCore(extra: Partial<NonNullable<Parameters<typeof createCore>[0]['tickets']>> = {}): Core {
  const watcher = new DeviceWatcher(async () => ({ snapshot: room, tree: [], warnings: [] }))
  return createCore({ shell: 'web', watcher, tickets: { env: { ...env }, endpoint: server.url, sleep: async () => undefined, ...extra } })
}

/** A call as a shell makes it: input and output checked against the contract. */
async function call<N extends CallName>(name: N, input: unknown): Promise<unknown> {
  const checked = parseCallInput(name, input)
  const handler = core.handlers[checked.name] as (i: unknown) => Promise<unknown>
  return parseCallOutput(checked.name, await handler(checked.input))
}

beforeEach(async () => {
  server = new FakeZendesk({ anonymous: true })
  await server.start()
  env = tempEnv()
  core = makeCore()
})
afterEach(async () => {
  core.stop()
  await server.stop()
})

describe('ticket calls through the core', () => {
  it('prefill takes the Rally Camera’s serial and firmware, not the first part’s', async () => {
    const prefill = (await call('ticket.prefill', undefined)) as { form: Record<string, unknown>; candidates: unknown[] }
    expect(prefill.form).toEqual({ model: 'Rally', serial: 'CAM1', firmware: '1.2.300', component: 'logitech' })
    expect(prefill.candidates).toEqual([{ product: 'Rally', serial: 'CAM1', firmware: '1.2.300', serialFrom: 'Rally Camera' }])
  })

  it('route answers a partial form; hostile input is refused at the boundary', async () => {
    const d = (await call('ticket.route', { form: { model: 'Tap', issueClass: 'incident' }, today: '2024-01-05' })) as {
      rule: string
      missing: string[]
    }
    expect(d.rule).toBe('R0')
    expect(d.missing).toEqual(['purchaseDate'])
    expect(() => parseCallInput('ticket.route', { form: { description: 'x'.repeat(30_000) } })).toThrow(/invalid input/)
    expect(() => parseCallInput('ticket.submit', { form: {}, bundlePath: 42 })).toThrow(/invalid input/)
    expect(() => parseCallInput('ticket.retry', { id: 'x', action: 'rm -rf' })).toThrow(/invalid input/)
  })

  it('bundles lists the bundles in the bundle folder and skips other zips', async () => {
    const a = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    await makeBundle(env.LOGI_DIAG_BUNDLE_DIR, { manifest: { hello: 'not a bundle' }, name: 'other.zip' })
    writeFileSync(join(env.LOGI_DIAG_BUNDLE_DIR, 'torn.zip'), 'PK\u0003\u0004 torn')
    const listed = (await call('ticket.bundles', undefined)) as { folder: string; bundles: { bundleId: string }[] }
    expect(listed.folder).toBe(env.LOGI_DIAG_BUNDLE_DIR)
    expect(listed.bundles.map((b) => b.bundleId)).toEqual([a.bundleId])
  })

  it('submit files the ticket, emits progress events and shows it in the outbox', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    const events: TicketProgress[] = []
    core.on('ticket.progress', (p) => events.push(p))
    const entry = (await call('ticket.submit', { form: rmaForm, bundlePath: bundle.path })) as { id: string; state: string }
    expect(entry.state).toBe('filed')
    expect(events.at(-1)).toMatchObject({ id: entry.id, state: 'filed' })
    expect(events.some((e) => e.state === 'uploading' && e.uploadedBytes === e.totalBytes && e.totalBytes! > 0)).toBe(true)
    const outbox = (await call('ticket.outbox', undefined)) as { entries: { id: string }[] }
    expect(outbox.entries.map((e) => e.id)).toEqual([entry.id])
    expect(server.requests).toHaveLength(1)
  })

  it('export writes a zip with ticket.json, summary.txt and the bundle unchanged', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    const spocForm = { ...rmaForm, issueClass: 'incident' as const, spoc: false, purchaseDate: new Date().toISOString().slice(0, 10) }
    const result = (await call('ticket.export', { form: spocForm, bundlePath: bundle.path, format: 'zip' })) as {
      path: string
      decision: { route: string }
    }
    expect(result.decision.route).toBe('spoc-handoff')
    const files = await unzip(result.path)
    expect([...files.keys()].sort()).toEqual([bundle.path.split('/').pop(), 'summary.txt', 'ticket.json'].sort())
    expect(files.get(bundle.path.split('/').pop()!)!.equals(readFileSync(bundle.path))).toBe(true)
    const ticket = JSON.parse(files.get('ticket.json')!.toString())
    expect(ticket).toMatchObject({ bundleId: bundle.bundleId, form: spocForm, decision: { route: 'spoc-handoff', rule: 'R6' } })
    expect(files.get('summary.txt')!.toString()).toContain('For your SPOC')
    expect(files.get('summary.txt')!.toString()).toContain(`Bundle ID: ${bundle.bundleId}`)
  })

  it('export to a folder leaves no half-written package when the bundle cannot be read', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    const service = new TicketService({ env })
    const done = await service.export(rmaForm, bundle.path, 'folder', join(env.LOGI_DIAG_BUNDLE_DIR, 'out'))
    expect(readFileSync(join(done.path, 'summary.txt'), 'utf8')).toContain('Upload by hand')
    await expect(
      service.export(rmaForm, join(env.LOGI_DIAG_BUNDLE_DIR, 'gone.zip'), 'folder', join(env.LOGI_DIAG_BUNDLE_DIR, 'out'))
    ).rejects.toThrow(/no bundle at/)
  })

  it('start resumes a ticket left waiting by an earlier run', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    server.inject('create', { kind: 'status', status: 503 })
    const earlier = new TicketService({
      env,
      endpoint: server.url,
      sleep: async () => undefined,
      retry: { maxInlineAttempts: 0, baseMs: 1, capMs: 1, maxInlineWaitMs: 0 }
    })
    const waiting = await earlier.submit(rmaForm, bundle.path)
    earlier.stop()
    expect(waiting.state).toBe('waiting')
    expect(server.requests).toHaveLength(0)

    core.stop()
    core = makeCore()
    const filed = new Promise<TicketProgress>((resolve) => core.on('ticket.progress', (p) => p.state === 'filed' && resolve(p)))
    await core.start()
    expect((await filed).id).toBe(waiting.id)
    expect(server.requests).toHaveLength(1)
  })
})

async function unzip(path: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(path)
  const out = new Map<string, Buffer>()
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = []
    for await (const c of await zip.openReadStreamPromise(entry)) chunks.push(c as Buffer)
    out.set(entry.fileName, Buffer.concat(chunks))
  }
  zip.close()
  return out
}
