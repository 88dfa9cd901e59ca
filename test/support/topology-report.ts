// Builds a Rally 0x3E topology report in the documented layout, for tests and simulated devices.
export interface TopologySpec {
  tableHub?: string
  micPods?: string[]
  micPodHubs?: string[]
  video?: [number, number, number]
  speakers?: [boolean, boolean]
}

export function rallyTopologyReport(spec: TopologySpec): Uint8Array {
  const buf = new Uint8Array(513)
  const v = new DataView(buf.buffer)
  buf[0] = 0x3e
  let slot = 0
  const put = (id: number, version: string): void => {
    const [maj, min, build] = version.split('.').map(Number) as [number, number, number]
    const o = 4 + slot * 12
    buf[o] = id
    buf[o + 1] = 0x10
    buf[o + 2] = slot
    buf[o + 4] = maj
    buf[o + 5] = min
    v.setUint16(o + 6, build, true)
    slot++
  }
  if (spec.tableHub) put(0x10, spec.tableHub)
  spec.micPods?.forEach((ver, i) => put(0x21 + i, ver))
  spec.micPodHubs?.forEach((ver, i) => put(0x31 + i, ver))
  if (spec.video) {
    v.setUint32(184 + 2 * 8, 3, true)
    v.setUint32(184 + 2 * 8 + 4, ((spec.video[0] << 24) | (spec.video[1] << 16) | spec.video[2]) >>> 0, true)
  }
  buf[224] = spec.speakers?.[0] ? 1 : 0
  buf[225] = spec.speakers?.[1] ? 1 : 0
  return buf
}
