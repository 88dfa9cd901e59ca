// The whole path a customer takes: `logi-diag collect` under a simulated room (umockdev), with
// personal data planted in log text, file and folder names, environment values, JSON, UTF-16LE
// (with and without BOM) and gzip'd rotated logs. The saved bundle must contain none of it,
// in any entry, as UTF-8 or UTF-16LE; Logitech serials, firmware and USB IDs must survive.
// The real host, journal and crash collectors run here, on this machine.
import { execFileSync } from 'node:child_process'
import { mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeRoom } from '../umockdev/describe'
import { runUnderRoom } from '../umockdev/harness'
import { requireBuiltCli } from '../device/cli-under-room'
import { infoReply, meetupSpeakerphone, rallyCamera } from '../support/sim-parts'
import { CLI, leakedCanaries, manifestOf, removeTempDirs, runCli, tempDir, zipEntries } from './support'

const CANARY = {
  email: 'marta.kowalczyk@acmecorp.example',
  ip: '81.2.69.160',
  phone: '+44 20 7946 0958',
  secret: 'Hunter2Canary',
  mac: 'a4:dc:4c:36:06:a3',
  homeUser: 'mkowalczyk77',
  term: 'Zebracorn',
  ssid: 'AcmeGuestWifi5G'
}
// what to search for: the distinctive part of each, in every spelling a leak could take
const PROBES = [
  'acmecorp',
  'marta.kowalczyk',
  '81.2.69.160',
  '7946 0958',
  '79460958',
  'Hunter2Canary',
  '36:06:a3',
  '4c3606a3',
  'mkowalczyk77',
  'Zebracorn',
  'AcmeGuestWifi5G'
]

const line = (i: number): string =>
  `2026-12-04T10:${String(i % 60).padStart(2, '0')}:00Z user=${CANARY.homeUser} mail ${CANARY.email} from ${CANARY.ip} phone ${CANARY.phone} password=${CANARY.secret} ` +
  `bssid ${CANARY.mac} ssid="${CANARY.ssid}" path /home/${CANARY.homeUser}/notes in ${CANARY.term} room\n`
const logitechLine = 'Logitech Rally Camera serial=RC9X4P firmware version 1.2.300 on usb 046d:0881\n'

function plantLogs(root: string): string {
  const logs = join(root, 'room logs')
  const named = join(logs, CANARY.email, `${CANARY.term}-notes`)
  mkdirSync(named, { recursive: true })
  writeFileSync(join(named, `${CANARY.homeUser}.log`), line(1) + logitechLine)
  writeFileSync(join(logs, 'teams.log'), line(2) + line(3) + logitechLine)
  writeFileSync(join(logs, 'teams.log.1'), line(4))
  writeFileSync(join(logs, 'teams.log.2.gz'), gzipSync(line(5) + logitechLine))
  writeFileSync(
    join(logs, 'settings.json'),
    JSON.stringify(
      {
        email: CANARY.email,
        hostName: 'ACME-BOARDROOM-PC',
        ip: CANARY.ip,
        phone: CANARY.phone,
        ssid: CANARY.ssid,
        note: `booked for ${CANARY.term}`
      },
      null,
      2
    )
  )
  writeFileSync(join(logs, 'windows-bom.log'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line(6) + logitechLine, 'utf16le')]))
  writeFileSync(join(logs, 'windows-nobom.log'), Buffer.from(line(7), 'utf16le'))
  // an old file outside the time window: listed as omitted, not read
  writeFileSync(join(logs, 'ancient.log'), line(8))
  const old = new Date(Date.now() - 30 * 24 * 3600_000)
  utimesSync(join(logs, 'ancient.log'), old, old)
  return logs
}

const has = (cmd: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

let zipPath: string
let run: Awaited<ReturnType<typeof runUnderRoom>>
let outDir: string

beforeAll(async () => {
  requireBuiltCli()
  const root = tempDir()
  const logs = plantLogs(root)
  outDir = join(root, 'out')
  zipPath = join(outDir, 'bundle.zip')
  const room = describeRoom([
    rallyCamera({ busnum: 2, ports: [1] }, 'RC9X4P'),
    meetupSpeakerphone({ busnum: 1, ports: [4] }, 'MS7Q2K', 0x0867, { '19': infoReply('1.0.272') })
  ])
  run = await runUnderRoom(
    room,
    process.execPath,
    [CLI, 'collect', '--out', zipPath, '--logs', logs, '--redact', CANARY.term, '--yes', '--json'],
    {
      timeoutMs: 150_000,
      env: {
        LOGI_DIAG_DATA_DIR: join(root, 'state'),
        HTTPS_PROXY: `http://proxyuser:${CANARY.secret}@${CANARY.ip}:3128`,
        NO_PROXY: `${CANARY.email.split('@')[1]},localhost`
      }
    }
  )
}, 180_000)
afterAll(removeTempDirs)

describe('collect under a simulated room', () => {
  it('exits 0 and prints the manifest summary', () => {
    expect(run.stderr).not.toMatch(/error/i)
    expect(run.code).toBe(0)
    const out = JSON.parse(run.stdout) as { path: string; bundleId: string; files: number }
    expect(out.path).toBe(zipPath)
    expect(out.bundleId).toMatch(/^[0-9a-f-]{36}$/)
    expect(statSync(zipPath).size).toBeGreaterThan(0)
  })

  it('leaks none of the planted canaries, in any entry, as UTF-8 or UTF-16LE', async () => {
    expect(await leakedCanaries(zipPath, PROBES)).toEqual([])
    // the probes themselves would be found: the check is not blind
    const entries = await zipEntries(zipPath)
    expect([...entries.keys()].some((n) => n.includes('[email-'))).toBe(true)
  })

  it('keeps Logitech serials, firmware versions and USB IDs', async () => {
    const entries = await zipEntries(zipPath)
    const devices = entries.get('room/devices.json')!.toString('utf8')
    expect(devices).toContain('RC9X4P')
    expect(devices).toContain('MS7Q2K')
    expect(devices).toContain('1.0.272')
    expect(devices).toContain('"046d"')
    const teams = entries.get('logs/added/1-room logs/teams.log')!.toString('utf8')
    expect(teams).toContain(logitechLine.trim())
    const summary = entries.get('summary.txt')!.toString('utf8')
    expect(summary).toMatch(/RC9X4P/)
    expect(summary).toMatch(/MS7Q2K.*1\.0\.272/)
  })

  it("turns rotated, gzip'd and UTF-16LE logs into readable UTF-8 entries, newest first", async () => {
    const entries = await zipEntries(zipPath)
    const names = [...entries.keys()]
    expect(names).toContain('logs/added/1-room logs/teams.log.2')
    expect(entries.get('logs/added/1-room logs/teams.log.2')!.toString('utf8')).toContain('046d:0881')
    expect(entries.get('logs/added/1-room logs/windows-bom.log')!.toString('utf8')).toContain('Logitech Rally Camera serial=RC9X4P')
    expect(entries.get('logs/added/1-room logs/windows-nobom.log')!.toString('utf8')).toMatch(/^2026-12-04T10:07:00Z user=<user-\d+>/)
    const m = await manifestOf(zipPath)
    expect(m.omitted).toContainEqual(
      expect.objectContaining({ file: 'logs/added/1-room logs/ancient.log', why: 'not changed inside the time window' })
    )
  })

  it('writes a manifest with every field and records the consent', async () => {
    const m = await manifestOf(zipPath)
    expect(m.schemaVersion).toBe(1)
    expect(m.consent).toMatchObject({ method: 'yes-flag', customTerms: 1 })
    expect(m.redactions.contact).toBeGreaterThan(0)
    expect(m.redactions.custom).toBeGreaterThan(0)
    const entries = await zipEntries(zipPath)
    expect(new Set(m.files.map((f) => f.path))).toEqual(new Set([...entries.keys()].filter((n) => n !== 'manifest.json')))
  })

  it('runs the real host, journal and crash collectors and reports honestly what this machine has', async () => {
    const m = await manifestOf(zipPath)
    const byId = Object.fromEntries(m.collectors.map((c) => [c.id, c]))
    expect(byId['host']!.status).toBe('ok')
    const host = JSON.parse((await zipEntries(zipPath)).get('host/host.json')!.toString('utf8')) as {
      os: { platform: string }
      proxy: Record<string, string>
    }
    expect(host.os.platform).toBe('linux')
    expect(host.proxy['HTTPS_PROXY']).toMatch(/^http:\/\/<cred-\d+>@<ip-public-\d+>:3128$/)
    if (has('journalctl')) expect(byId['os-log']!.status).toBe('ok')
    else expect(byId['os-log']).toMatchObject({ status: 'skipped', detail: expect.stringMatching(/journalctl is not installed/) })
    if (!has('coredumpctl')) expect(byId['crash-reports']!.detail).toMatch(/coredumpctl is not installed/)
    else expect(byId['crash-reports']!.status).toBe('ok')
    expect(byId['inventory']).toMatchObject({ status: 'ok', detail: '2 device(s), 2 system(s)' })
  })

  it('keeps the pseudonym map beside the bundle, mode 0600, and never inside it', async () => {
    const mapPath = join(outDir, 'bundle.pseudonym-map.json')
    expect(statSync(mapPath).mode & 0o777).toBe(0o600)
    const map = JSON.parse(execFileSync('cat', [mapPath]).toString()) as { entries: Array<{ token: string; value: string }> }
    expect(map.entries.some((e) => e.value === CANARY.email)).toBe(true)
    const entries = await zipEntries(zipPath)
    expect([...entries.keys()].some((n) => /pseudonym|map/i.test(n))).toBe(false)
  })

  it('`bundle verify` accepts it and `bundle show` prints it', async () => {
    const v = await runCli(['bundle', 'verify', zipPath], {})
    expect(v.code).toBe(0)
    expect(v.stdout).toMatch(/^OK: \d+ file\(s\) match/)
    const s = await runCli(['bundle', 'show', zipPath], {})
    expect(s.code).toBe(0)
    expect(s.stdout).toMatch(/consent: approved with --yes/)
    expect(s.stdout).toMatch(/Cut or left out[\s\S]*ancient\.log/)
  })
})
