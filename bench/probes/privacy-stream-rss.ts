// Runs in its own process so its peak RSS is this engine's alone: streams N MB of log text,
// generated on the fly (never held in memory), through one redaction session and prints
// throughput and peak RSS as JSON.
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createRedactionSession } from '../../src/main/privacy'
import { SIM_HOST } from '../../src/main/privacy/eval/canaries'
import { generateEvalSet } from '../../src/main/privacy/eval/generate'

const MB = Number(process.argv[2] ?? 200)
const lines = generateEvalSet(101, 4000).records.map((r) => r.line)
const plain = [
  '2024-05-02 10:11:12, Info                  CBS    Loaded Servicing Stack v6.1.7601.23505',
  '[2024-06-14T03:52:53.506Z] [ZoomRooms] [INFO] AudioDeviceMgr: selected speaker "Logitech Rally Speaker" (046d:0881) volume=72',
  'Mar 14 08:06:30 roompc kernel: [ 1234.567890] usb 3-1.2.3.4: New USB device found, idVendor=046d, idProduct=0881'
]
const block = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i % 4 === 0 ? lines[(i / 4) % lines.length]! : plain[i % plain.length]!)).join('\n') + '\n')

async function main(): Promise<void> {
  let peak = process.memoryUsage.rss()
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20)
  const total = MB * 1e6
  const source = Readable.from((function* () {
    for (let sent = 0; sent < total; sent += block.length) for (let i = 0; i < block.length; i += 65536) yield block.subarray(i, i + 65536)
  })())
  const session = createRedactionSession({ hostIdentities: SIM_HOST })
  let bytes = 0
  const t0 = performance.now()
  await pipeline(source, session.createStream({ fileName: 'stream.log' }), new Writable({ write(c: Buffer, _e, cb) { bytes += c.length; cb() } }))
  const s = (performance.now() - t0) / 1000
  clearInterval(timer)
  process.stdout.write(JSON.stringify({ mb: bytes / 1e6, mbps: bytes / 1e6 / s, peakRssMB: Math.max(peak, process.memoryUsage.rss()) / 1e6 }) + '\n')
}
void main()
