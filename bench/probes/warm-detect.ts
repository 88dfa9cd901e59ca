// Runs inside a simulated room: times discover() calls in one warm process.
import { discover } from '../../src/main/room/discover-room'

const N = Number(process.argv[2] ?? 50)
async function main(): Promise<void> {
  const first = await discover()
  const times: number[] = []
  for (let i = 0; i < N; i++) {
    const t0 = process.hrtime.bigint()
    await discover()
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  times.sort((a, b) => a - b)
  process.stdout.write(
    JSON.stringify({ parts: first.snapshot.devices.length, median: times[Math.floor(N / 2)], p95: times[Math.floor(N * 0.95)] }) + '\n'
  )
}
void main()
