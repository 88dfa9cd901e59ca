// Runs in its own process so its peak RSS is this engine's alone: streams N MB of log text,
// generated on the fly (never held in memory), through one redaction session and prints
// throughput and peak RSS as JSON. With `distinct`, every line carries values never seen before
// (IPv4, e-mail, MAC, user), so the pseudonym map meets millions of values and must stay bounded.
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createRedactionSession } from '../../src/main/privacy'
import { SIM_HOST } from '../../src/main/privacy/eval/canaries'
import { generateEvalSet } from '../../src/main/privacy/eval/generate'
import { measurePeakRss } from '../peak-rss'

const MB = Number(process.argv[2] ?? 200)
const DISTINCT = process.argv[3] === 'distinct'
const plain = [
  '2024-05-02 10:11:12, Info                  CBS    Loaded Servicing Stack v6.1.7601.23505',
  '[2024-06-14T03:52:53.506Z] [ZoomRooms] [INFO] AudioDeviceMgr: selected speaker "Logitech Rally Speaker" (046d:0881) volume=72',
  'Mar 14 08:06:30 roompc kernel: [ 1234.567890] usb 3-1.2.3.4: New USB device found, idVendor=046d, idProduct=0881'
]
// (made only when used: generating it leaves garbage that would count as the engine's memory)
function repeatedBlock(): Buffer {
  const lines = generateEvalSet(101, 4000).records.map((r) => r.line)
  return Buffer.from(
    Array.from({ length: 4000 }, (_, i) => (i % 4 === 0 ? lines[(i / 4) % lines.length]! : plain[i % plain.length]!)).join('\n') + '\n'
  )
}

async function main(): Promise<void> {
  const restMB = process.memoryUsage.rss() / 1e6 // node, tsx and the loaded engine at rest
  const stop = measurePeakRss()
  const total = MB * 1e6
  const repeated = function* (): Generator<Buffer> {
    const block = repeatedBlock()
    for (let sent = 0; sent < total; sent += block.length) for (let i = 0; i < block.length; i += 65536) yield block.subarray(i, i + 65536)
  }
  const fresh = function* (): Generator<Buffer> {
    const hex = (n: number): string => (n & 255).toString(16).padStart(2, '0')
    for (let sent = 0, n = 0; sent < total;) {
      let s = ''
      for (let k = 0; k < 500; k++, n++) {
        s += `Mar 14 08:06:30 roompc sshd[4242]: Accepted password for u${n} from 203.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255} port 22 mail u${n}@corp.example mac 02:${hex(n >> 24)}:${hex(n >> 16)}:${hex(n >> 8)}:${hex(n)}:0a\n`
      }
      const b = Buffer.from(s)
      sent += b.length
      yield b
    }
  }
  const source = Readable.from(DISTINCT ? fresh() : repeated())
  const session = createRedactionSession({ hostIdentities: SIM_HOST })
  let forgotten = 0
  let bytes = 0
  const t0 = performance.now()
  await pipeline(
    source,
    session.createStream({ fileName: 'stream.log' }),
    new Writable({
      write(c: Buffer, _e, cb) {
        bytes += c.length
        cb()
      }
    })
  )
  const s = (performance.now() - t0) / 1000
  const peak = stop()
  forgotten = session.report().pseudonymsForgotten
  process.stdout.write(
    JSON.stringify({ mb: bytes / 1e6, mbps: bytes / 1e6 / s, peakRssMB: peak.peak / 1e6, exact: peak.exact, restMB, forgotten }) + '\n'
  )
}
void main()
