// Rally audio topology report (GET_FEATURE 0x3E, 513 bytes), layout from ChromiumOS's
// logitech-updater: 15 DeviceInfo entries of 12 bytes from offset 4 {id, father_id, slot_idx,
// update_status, ver_major, ver_minor, ver_build u16le, fpga u32le}; then 5 (type u32le,
// version u32le) rows; then left and right speaker-connected bytes. fwupd reads a system version at
// 0xB8 instead; the two disagree, so only the entry table and speaker bytes are relied on for
// presence, and versions are reported as the report states them (see catalog/rally/README.md).
import type { Component } from '../../../shared/contract'
import { RALLY_TOPOLOGY, type OutgoingRequest } from '../../usb-io/allow-list'
import type { GuardedHid } from '../../usb-io/guarded-io'
import { BadReplyError } from './hid-info'

/** Everything this channel sends. */
export const RALLY_TOPOLOGY_SENDS: readonly OutgoingRequest[] = [
  { kind: 'hid-get-feature', reportId: RALLY_TOPOLOGY.reportId, length: RALLY_TOPOLOGY.length }
]

export interface TopologyEntry {
  id: number
  kind: 'table-hub' | 'mic-pod' | 'mic-pod-hub' | 'other'
  slot: number
  version: string
}

export interface RallyTopology {
  entries: TopologyEntry[]
  components: Component[]
  speakers: { left: boolean; right: boolean }
}

const ENTRY_OFFSET = 4
const ENTRY_SIZE = 12
const ENTRY_COUNT = 15
const ROWS_OFFSET = ENTRY_OFFSET + ENTRY_SIZE * ENTRY_COUNT
const ROW_NAMES: Record<number, string> = { 1: 'audio', 2: 'audio BLE', 3: 'video', 4: 'video EEPROM', 5: 'video BLE' }
const SPEAKER_OFFSET = ROWS_OFFSET + 5 * 8

function kindOf(id: number): TopologyEntry['kind'] {
  if (id === 0x10) return 'table-hub'
  if (id >= 0x21 && id <= 0x27) return 'mic-pod'
  if (id >= 0x31 && id <= 0x37) return 'mic-pod-hub'
  return 'other'
}

export function parseRallyTopology(buf: Uint8Array): RallyTopology {
  if (buf.length < SPEAKER_OFFSET + 2)
    throw new BadReplyError(`the topology report was ${buf.length} bytes, expected ${RALLY_TOPOLOGY.length}`)
  if (buf[0] !== RALLY_TOPOLOGY.reportId) throw new BadReplyError(`the topology answer came from report 0x${buf[0]!.toString(16)}`)
  const v = new DataView(buf.buffer, buf.byteOffset, buf.length)
  const entries: TopologyEntry[] = []
  for (let i = 0; i < ENTRY_COUNT; i++) {
    const o = ENTRY_OFFSET + i * ENTRY_SIZE
    const id = buf[o]!
    if (id === 0) continue
    entries.push({ id, kind: kindOf(id), slot: buf[o + 2]!, version: `${buf[o + 4]}.${buf[o + 5]}.${v.getUint16(o + 6, true)}` })
  }
  const components: Component[] = []
  for (let r = 0; r < 5; r++) {
    const type = v.getUint32(ROWS_OFFSET + r * 8, true)
    const ver = v.getUint32(ROWS_OFFSET + r * 8 + 4, true)
    const name = ROW_NAMES[type]
    if (!name || ver === 0) continue
    components.push({ name, version: `${(ver >>> 24) & 0xff}.${(ver >>> 16) & 0xff}.${ver & 0xffff}` })
  }
  return { entries, components, speakers: { left: buf[SPEAKER_OFFSET] === 1, right: buf[SPEAKER_OFFSET + 1] === 1 } }
}

export async function readRallyTopology(hid: GuardedHid): Promise<RallyTopology> {
  return parseRallyTopology(await hid.getFeature(RALLY_TOPOLOGY.reportId, RALLY_TOPOLOGY.length))
}
