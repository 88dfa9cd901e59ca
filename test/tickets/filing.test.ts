// Filing against the loopback Zendesk stand-in: exactly one request with its attachment under
// every fault the issue lists, and the outbox on disk at each step.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { OutboxEntry } from '../../src/shared/contract'
import { TicketService, type TicketServiceOptions } from '../../src/main/tickets/ticket-service'
import { FakeZendesk } from './zendesk-server'
import { expectBundleAttached, makeBundle, rmaForm, tempEnv } from './support'

const TOKEN = 'oauth-secret-7f3a9c'

let server: FakeZendesk
let env: ReturnType<typeof tempEnv>
let sleeps: number[]

function service(extra: Partial<TicketServiceOptions> & { signedIn?: boolean } = {}): TicketService {
  const { signedIn, ...rest } = extra
  return new TicketService({
    env: { ...env, ...(signedIn ? { LOGI_DIAG_ZENDESK_TOKEN: TOKEN } : {}) },
    endpoint: server.url,
    // Waits are recorded and skipped so the tests do not sleep; what was asked for is asserted.
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    timeouts: { requestMs: 2000, uploadBaseMs: 5000, uploadPerMiBMs: 1000 },
    attachManifest: true,
    ...rest
  })
}

const outboxFiles = (): string[] => readdirSync(join(env.LOGI_DIAG_DATA_DIR, 'outbox')).filter((n) => n.endsWith('.json'))
const onlyRequest = () => {
  expect(server.requests).toHaveLength(1)
  return server.requests[0]!
}

beforeEach(async () => {
  server = new FakeZendesk({ tokens: [TOKEN], anonymous: true })
  await server.start()
  env = tempEnv()
  sleeps = []
})
afterEach(async () => {
  await server.stop()
})

describe('filing a ticket', () => {
  it('persists the entry before the first network call, uploads the bundle as application/zip and creates one request naming the bundle', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR, { payloadBytes: 300_000 })
    let onDiskAtUpload: string[] = []
    void server.arrival('upload').then(() => {
      onDiskAtUpload = outboxFiles().map((f) => JSON.parse(readFileSync(join(env.LOGI_DIAG_DATA_DIR, 'outbox', f), 'utf8')).entry.state)
    })
    const progress: { state: string; uploadedBytes: number | null }[] = []
    const entry = await service({ onProgress: (p) => progress.push(p) }).submit(rmaForm, bundle.path)

    OutboxEntry.parse(entry)
    expect(entry.state).toBe('filed')
    expect(onDiskAtUpload).toEqual(['uploading'])
    const req = onlyRequest()
    expect(entry.state === 'filed' && entry.ticketId).toBe(req.id)
    expect(req.requester).toEqual({ name: 'Jane Admin', email: 'jane@customer.example' })
    expect(req.description).toContain(`Bundle ID: ${bundle.bundleId}`)
    expect(req.subject).toBe('[RMA] Tap S/N 2043LZ0ABC12 — touch screen dead')
    expectBundleAttached(req.attachments, bundle.path)
    // Progress went through the states and counted the upload up to the file size.
    expect(progress.map((p) => p.state)).toEqual(expect.arrayContaining(['queued', 'uploading', 'creating', 'filed']))
    expect(Math.max(...progress.map((p) => p.uploadedBytes ?? 0))).toBe(readFileSync(bundle.path).length)
  })

  it('attaches only the zip unless the manifest is asked for', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    await service({ attachManifest: false }).submit(rmaForm, bundle.path)
    expect(onlyRequest().attachments.map((a) => [a.fileName, a.contentType])).toEqual([[bundle.path.split('/').pop(), 'application/zip']])
  })

  it('puts the bundle id in a custom field when one is configured', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    await service({ bundleIdFieldId: 360001 }).submit(rmaForm, bundle.path)
    expect(onlyRequest().customFields).toEqual([{ id: 360001, value: bundle.bundleId }])
  })

  it('refuses a second submission of the same bundle', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    const s = service()
    await s.submit(rmaForm, bundle.path)
    await expect(s.submit(rmaForm, bundle.path)).rejects.toThrow(/already submitted/)
    onlyRequest()
  })

  it('refuses an incomplete form before saving or sending anything', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    await expect(service().submit({ ...rmaForm, serial: '', email: 'nope' }, bundle.path)).rejects.toThrow(
      /missing: serial; email: not an e-mail address/
    )
    expect(server.hits).toHaveLength(0)
  })

  it('explains a file that is not a bundle', async () => {
    const notBundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR, { manifest: { schemaVersion: 1 } })
    await expect(service().submit(rmaForm, notBundle.path)).rejects.toThrow(/no bundleId/)
    await expect(service().submit(rmaForm, join(env.LOGI_DIAG_BUNDLE_DIR, 'absent.zip'))).rejects.toThrow(/no bundle at/)
  })
})

describe('faults', () => {
  it('429 with a plain-text body: waits the Retry-After seconds, then files once', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    server.inject('create', { kind: 'rate-limit', retryAfter: '7' })
    // A still clock, so the recorded wait is exactly what the client planned.
    const still = new Date()
    const entry = await service({ now: () => still }).submit(rmaForm, bundle.path)
    expect(entry.state).toBe('filed')
    expect(sleeps).toHaveLength(1)
    expect(sleeps[0]).toBeGreaterThanOrEqual(7000)
    expect(sleeps[0]).toBeLessThanOrEqual(7250)
    expectBundleAttached(onlyRequest().attachments, bundle.path)
    expect(entry.error?.message).toContain('Number of allowed API requests per minute exceeded')
  })

  it('a Retry-After too long to wait leaves the entry waiting; resuming later files it', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    server.inject('create', { kind: 'rate-limit', retryAfter: '3600' })
    let now = Date.now()
    const s = service({ now: () => new Date(now) })
    const entry = await s.submit(rmaForm, bundle.path)
    expect(entry.state).toBe('waiting')
    expect(server.requests).toHaveLength(0)
    now += 3601_000
    await s.resume()
    s.stop()
    const [after] = (await s.outbox.list()).entries
    expect(after!.state).toBe('filed')
    // The wait outlived the upload token's safe age, so the bundle (and its manifest) went up again.
    expect(server.hits.filter((h) => h.operation === 'upload')).toHaveLength(4)
    expectBundleAttached(onlyRequest().attachments, bundle.path)
  })

  it('5xx and dropped connections on upload are retried with growing, jittered backoff', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    server.inject('upload', { kind: 'status', status: 502 }, { kind: 'drop' }, { kind: 'status', status: 500 })
    const entry = await service({ random: () => 0.5 }).submit(rmaForm, bundle.path)
    expect(entry.state).toBe('filed')
    expect(sleeps).toHaveLength(3)
    // Full jitter over 1 s·2^attempt: with random = 0.5, half of each step (less the time the
    // failed exchange itself took, since the wait runs to a fixed next-attempt time).
    ;[1000, 2000, 4000].forEach((planned, i) => {
      expect(sleeps[i]).toBeLessThanOrEqual(planned)
      expect(sleeps[i]).toBeGreaterThan(planned - 500)
    })
    onlyRequest()
  })

  it('422 RecordInvalid: the messages land on the form fields; a corrected retry files once', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    server.inject('create', {
      kind: 'record-invalid',
      details: {
        requester: [{ description: 'Requester: Email is not allowed for this help centre', error: 'InvalidValue' }],
        subject: [{ description: 'Subject: is too long', error: 'TooLong' }],
        base: [{ description: 'Ticket form is closed', error: 'Invalid' }]
      }
    })
    const s = service()
    const failed = await s.submit(rmaForm, bundle.path)
    expect(failed.state).toBe('failed')
    expect(failed.error?.kind).toBe('invalid')
    expect(failed.error?.fields).toEqual([
      { field: 'email', message: 'Requester: Email is not allowed for this help centre' },
      { field: 'summary', message: 'Subject: is too long' }
    ])
    expect(failed.error?.other).toEqual(['base: Ticket form is closed'])
    expect(server.requests).toHaveLength(0)

    const fixed = await s.retry({ id: failed.id, action: 'retry', form: { ...rmaForm, email: 'jane@other.example', summary: 'dead' } })
    expect(fixed.state).toBe('filed')
    const req = onlyRequest()
    expect(req.requester?.email).toBe('jane@other.example')
    expect(req.subject).toBe('[RMA] Tap S/N 2043LZ0ABC12 — dead')
    expectBundleAttached(req.attachments, bundle.path)
  })

  it('connection dropped after create, signed in: finds the request by bundle id instead of creating again', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    server.inject('create', { kind: 'drop-after-create' })
    const entry = await service({ signedIn: true }).submit(rmaForm, bundle.path)
    expect(entry.state).toBe('filed')
    const req = onlyRequest()
    expect(entry.state === 'filed' && entry.ticketId).toBe(req.id)
    expectBundleAttached(req.attachments, bundle.path)
    expect(server.hits.map((h) => h.operation)).toEqual(['upload', 'upload', 'create', 'list'])
    expect(server.hits.every((h) => h.auth === 'bearer')).toBe(true)
  })

  it('connection dropped before anything was stored, signed in: the lookup finds nothing and it creates once', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    server.inject('create', { kind: 'status', status: 504 })
    const entry = await service({ signedIn: true }).submit(rmaForm, bundle.path)
    expect(entry.state).toBe('filed')
    expect(server.hits.map((h) => h.operation)).toEqual(['upload', 'upload', 'create', 'list', 'create'])
    expectBundleAttached(onlyRequest().attachments, bundle.path)
  })

  it('slow answer past the timeout, signed in: the lookup finds the request the server did create', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    server.inject('create', { kind: 'slow', ms: 1500 })
    const entry = await service({ signedIn: true, timeouts: { requestMs: 400, uploadBaseMs: 5000, uploadPerMiBMs: 1000 } }).submit(
      rmaForm,
      bundle.path
    )
    expect(entry.state).toBe('filed')
    expect(entry.error?.kind).toBe('ambiguous')
    onlyRequest()
  })

  it('slow answers within the timeout are simply waited for', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    server.inject('upload', { kind: 'slow', ms: 300 })
    server.inject('create', { kind: 'slow', ms: 300 })
    const entry = await service().submit(rmaForm, bundle.path)
    expect(entry.state).toBe('filed')
    expect(server.hits.map((h) => h.operation)).toEqual(['upload', 'upload', 'create'])
  })

  it('connection dropped after create, anonymous: never re-sends by itself; the user says it arrived', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    server.inject('create', { kind: 'drop-after-create' })
    const s = service()
    const entry = await s.submit(rmaForm, bundle.path)
    expect(entry.state).toBe('needs-decision')
    expect(entry.error?.message).toContain('jane@customer.example')
    await expect(s.retry({ id: entry.id, action: 'retry' })).rejects.toThrow(/may have arrived/)
    const marked = await s.retry({ id: entry.id, action: 'mark-filed', ticketId: server.requests[0]!.id })
    expect(marked.state === 'filed' && marked.ticketId).toBe(server.requests[0]!.id)
    onlyRequest()
    expect(server.hits.filter((h) => h.operation === 'create')).toHaveLength(1)
  })

  it('connection lost before the server stored it, anonymous: the user says it did not arrive and it is sent once', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    server.inject('create', { kind: 'stall' })
    const s = service({ timeouts: { requestMs: 300, uploadBaseMs: 5000, uploadPerMiBMs: 1000 } })
    const entry = await s.submit(rmaForm, bundle.path)
    expect(entry.state).toBe('needs-decision')
    expect(server.requests).toHaveLength(0)
    const resent = await s.retry({ id: entry.id, action: 'resend' })
    expect(resent.state).toBe('filed')
    expectBundleAttached(onlyRequest().attachments, bundle.path)
  })

  it('an expired upload token: uploads again and creates once with the fresh token', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    server.inject('create', { kind: 'expire-uploads' })
    const entry = await service().submit(rmaForm, bundle.path)
    expect(entry.state).toBe('filed')
    expect(server.hits.map((h) => h.operation)).toEqual(['upload', 'upload', 'create', 'upload', 'upload', 'create'])
    const req = onlyRequest()
    expectBundleAttached(req.attachments, bundle.path)
  })

  it('401 with a bad token: explained, nothing filed, and the token appears nowhere', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    const s = new TicketService({
      env: { ...env, LOGI_DIAG_ZENDESK_TOKEN: 'revoked-token-123' },
      endpoint: server.url,
      sleep: async () => undefined
    })
    const entry = await s.submit(rmaForm, bundle.path)
    expect(entry.state).toBe('failed')
    expect(entry.error?.kind).toBe('auth')
    expect(entry.error?.message).toMatch(/401.*Sign in again/)
    expect(JSON.stringify(entry)).not.toContain('revoked-token-123')
    for (const f of outboxFiles())
      expect(readFileSync(join(env.LOGI_DIAG_DATA_DIR, 'outbox', f), 'utf8')).not.toContain('revoked-token-123')
  })

  it('403 for anonymous tickets: says the help centre does not take them', async () => {
    await server.stop()
    server = new FakeZendesk({ tokens: [TOKEN], anonymous: false })
    await server.start()
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    const entry = await service().submit(rmaForm, bundle.path)
    expect(entry.state).toBe('failed')
    expect(entry.error?.message).toMatch(/does not accept anonymous tickets/)
  })

  it('a signed-in ticket keeps its token out of the outbox files', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    await service({ signedIn: true }).submit(rmaForm, bundle.path)
    for (const f of outboxFiles()) expect(readFileSync(join(env.LOGI_DIAG_DATA_DIR, 'outbox', f), 'utf8')).not.toContain(TOKEN)
  })
})

describe('the outbox on disk', () => {
  it('reports a damaged entry file and leaves it in place', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    const s = service()
    await s.submit(rmaForm, bundle.path)
    const damaged = join(env.LOGI_DIAG_DATA_DIR, 'outbox', '00000000-0000-4000-8000-000000000000.json')
    writeFileSync(damaged, '{"entry": {"id": tru')
    const listed = await s.outbox.list()
    expect(listed.entries).toHaveLength(1)
    expect(listed.problems[0]).toMatch(/not valid JSON; it was left in place/)
    expect(readFileSync(damaged, 'utf8')).toBe('{"entry": {"id": tru')
  })
})
