// kill -9 of the real `logi-diag ticket submit` at the worst moments, then a resume with
// `logi-diag ticket outbox`: still exactly one request, with its attachment, and nothing lost.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Outbox } from '../../src/shared/contract'
import { FakeZendesk } from './zendesk-server'
import { expectBundleAttached, makeBundle, rmaForm, tempEnv } from './support'

const ROOT = join(__dirname, '..', '..')
const CLI = join(ROOT, 'src', 'main', 'cli', 'logi-diag.ts')
const TOKEN = 'oauth-secret-kill-test'

let server: FakeZendesk
let env: ReturnType<typeof tempEnv>
let formPath: string
let child: ChildProcess | null = null

const childEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  ...env,
  ZD_TOKEN: TOKEN,
  LOGI_DIAG_ZENDESK_TOKEN: '',
  LOGI_DIAG_ZENDESK_ATTACH_MANIFEST: '1'
})

function startSubmit(bundle: string, auth: string[]): ChildProcess {
  child = spawn(
    process.execPath,
    ['--import', 'tsx', CLI, 'ticket', 'submit', '--endpoint', server.url, ...auth, '--form', formPath, '--bundle', bundle, '--json'],
    {
      cwd: ROOT,
      env: childEnv(),
      stdio: 'ignore'
    }
  )
  return child
}

async function killWhen(operation: 'upload' | 'create', proc: ChildProcess): Promise<void> {
  await server.arrival(operation)
  const exited = new Promise((r) => proc.once('exit', r))
  proc.kill('SIGKILL')
  await exited
}

// Async, so the in-process loopback server keeps answering while the CLI runs.
function outbox(...args: string[]): Promise<{ status: number | null; doc: Outbox; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', CLI, 'ticket', 'outbox', '--json', ...args], { cwd: ROOT, env: childEnv() })
    let stdout = ''
    let stderr = ''
    p.stdout.on('data', (c) => (stdout += c))
    p.stderr.on('data', (c) => (stderr += c))
    p.on('exit', (status) => resolve({ status, doc: Outbox.parse(JSON.parse(stdout)), stderr }))
  })
}

const onDisk = () => {
  const dir = join(env.LOGI_DIAG_DATA_DIR, 'outbox')
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')))
}

function exactlyOneWithAttachment(bundlePath: string): void {
  expect(server.requests).toHaveLength(1)
  const [req] = server.requests
  expectBundleAttached(req!.attachments, bundlePath)
}

beforeEach(async () => {
  server = new FakeZendesk({ tokens: [TOKEN], anonymous: true })
  await server.start()
  env = tempEnv()
  formPath = join(env.LOGI_DIAG_BUNDLE_DIR, '..', 'form.json')
  writeFileSync(formPath, JSON.stringify(rmaForm))
})
afterEach(async () => {
  child?.kill('SIGKILL')
  await server.stop()
})

describe('kill -9 between upload and create, then resume', { timeout: 90_000 }, () => {
  it('signed in, killed with the create out and not stored: the resume looks it up, then creates exactly one', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR, { payloadBytes: 200_000 })
    server.inject('create', { kind: 'stall' })
    await killWhen('create', startSubmit(bundle.path, ['--token-env', 'ZD_TOKEN']))

    const [rec] = onDisk()
    expect(rec.entry.state).toBe('creating')
    expect(rec.createSent).toBe(true)
    expect(rec.upload.token).toBeTruthy()
    expect(server.requests).toHaveLength(0)

    const resumed = await outbox('--retry', '--token-env', 'ZD_TOKEN')
    expect(resumed.status).toBe(0)
    expect(resumed.doc.entries.map((e) => e.state)).toEqual(['filed'])
    exactlyOneWithAttachment(bundle.path)
    expect(server.hits.map((h) => h.operation)).toEqual(['upload', 'upload', 'create', 'list', 'create'])
  })

  it('signed in, killed after the server stored it but before it answered: the resume finds it and creates nothing', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    server.inject('create', { kind: 'slow', ms: 60_000 })
    await killWhen('create', startSubmit(bundle.path, ['--token-env', 'ZD_TOKEN']))
    await new Promise((r) => setTimeout(r, 50))
    expect(server.requests).toHaveLength(1)

    const resumed = await outbox('--retry', '--token-env', 'ZD_TOKEN')
    const [entry] = resumed.doc.entries
    expect(entry!.state === 'filed' && entry!.ticketId).toBe(server.requests[0]!.id)
    exactlyOneWithAttachment(bundle.path)
    expect(server.hits.map((h) => h.operation)).toEqual(['upload', 'upload', 'create', 'list'])
  })

  it('anonymous, killed with the create out: the resume asks instead of re-sending; "did not arrive" sends exactly one', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    server.inject('create', { kind: 'stall' })
    await killWhen('create', startSubmit(bundle.path, ['--anonymous']))

    const resumed = await outbox('--retry')
    expect(resumed.status).toBe(4)
    const [entry] = resumed.doc.entries
    expect(entry!.state).toBe('needs-decision')
    expect(server.hits.filter((h) => h.operation === 'create')).toHaveLength(1)

    const answered = await outbox('--resend', entry!.id)
    expect(answered.status).toBe(0)
    expect(answered.doc.entries[0]!.state).toBe('filed')
    exactlyOneWithAttachment(bundle.path)
  })

  it('anonymous, killed during the upload: nothing could have been filed, so the resume uploads again and files once without asking', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    server.inject('upload', { kind: 'stall' })
    await killWhen('upload', startSubmit(bundle.path, ['--anonymous']))
    expect(onDisk()[0].entry.state).toBe('uploading')

    const resumed = await outbox('--retry')
    expect(resumed.status).toBe(0)
    expect(resumed.doc.entries[0]!.state).toBe('filed')
    exactlyOneWithAttachment(bundle.path)
  })
})

describe('logi-diag ticket', { timeout: 60_000 }, () => {
  it('route --json prints route, rule, reasons, required and missing', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        CLI,
        'ticket',
        'route',
        '--model',
        'V-U0053',
        '--purchase-date',
        '2022-05-10',
        '--issue',
        'hardware',
        '--ew-date',
        '2022-06-09',
        '--region',
        'emea',
        '--today',
        '2024-05-11',
        '--json'
      ],
      { cwd: ROOT, encoding: 'utf8' }
    )
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(Object.keys(out)).toEqual(['route', 'rule', 'reasons', 'required', 'missing'])
    expect(out.route).toBe('rma-extended')
    expect(out.rule).toBe('R3')
    expect(out.missing).toEqual(['contactName', 'email', 'company', 'serial', 'description'])
  })

  it('submit with a malformed form file is a usage error that sends nothing', async () => {
    const bundle = await makeBundle(env.LOGI_DIAG_BUNDLE_DIR)
    writeFileSync(formPath, JSON.stringify({ ...rmaForm, emial: 'typo@example.com' }))
    const r = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const p = spawn(
        process.execPath,
        ['--import', 'tsx', CLI, 'ticket', 'submit', '--endpoint', server.url, '--anonymous', '--form', formPath, '--bundle', bundle.path],
        { cwd: ROOT, env: childEnv() }
      )
      let stderr = ''
      p.stderr.on('data', (c) => (stderr += c))
      p.on('exit', (status) => resolve({ status, stderr }))
    })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/not a ticket form: .*emial/)
    expect(server.hits).toHaveLength(0)
  })
})
