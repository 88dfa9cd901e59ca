// Runs the built CLI inside a simulated room; the black-box way the device tier tests detection.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { assertUmockdevAvailable, runUnderRoom, startRoom, type RunOptions } from '../umockdev/harness'
import { describeRoom, type RoomOptions, type SimUsbDevice } from '../umockdev/describe'
import type { Snapshot } from '../../src/shared/contract'

export const CLI = resolve(__dirname, '../../out/cli/logi-diag.js')

export function requireBuiltCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" before the device tests`)
  assertUmockdevAvailable()
}

export async function detectJson(devices: SimUsbDevice[], roomOpts: RoomOptions = {}, run: RunOptions = {}): Promise<Snapshot & { stderr: string }> {
  const room = describeRoom(devices, roomOpts)
  const r = await runUnderRoom(room, process.execPath, [CLI, 'detect', '--json'], run)
  if (r.code !== 0) throw new Error(`detect exited ${r.code}: ${r.stderr}`)
  return { ...(JSON.parse(r.stdout) as Snapshot), stderr: r.stderr }
}

export async function watchRoom(devices: SimUsbDevice[], roomOpts: RoomOptions = {}) {
  return startRoom(describeRoom(devices, roomOpts), process.execPath, [CLI, 'detect', '--watch', '--json'])
}
