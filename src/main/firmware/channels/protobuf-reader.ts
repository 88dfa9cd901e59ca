// Just enough protobuf decoding for the device-info response: varints and length-delimited
// fields. Bounded: malformed input yields null, never an exception or a runaway loop.

export type Field = { field: number; wire: 0; value: number } | { field: number; wire: 2; bytes: Uint8Array }

function readVarint(buf: Uint8Array, pos: number): { value: number; next: number } | null {
  let value = 0
  let shift = 0
  for (let i = 0; i < 10 && pos + i < buf.length; i++) {
    const b = buf[pos + i]!
    value += (b & 0x7f) * 2 ** shift
    shift += 7
    if ((b & 0x80) === 0) return { value, next: pos + i + 1 }
  }
  return null
}

export function readFields(buf: Uint8Array): Field[] | null {
  const out: Field[] = []
  let pos = 0
  while (pos < buf.length) {
    const key = readVarint(buf, pos)
    if (!key) return null
    const field = Math.floor(key.value / 8)
    const wire = key.value & 7
    pos = key.next
    if (wire === 0) {
      const v = readVarint(buf, pos)
      if (!v) return null
      out.push({ field, wire: 0, value: v.value })
      pos = v.next
    } else if (wire === 2) {
      const len = readVarint(buf, pos)
      if (!len || len.next + len.value > buf.length) return null
      out.push({ field, wire: 2, bytes: buf.subarray(len.next, len.next + len.value) })
      pos = len.next + len.value
    } else if (wire === 5) {
      pos += 4
    } else if (wire === 1) {
      pos += 8
    } else {
      return null
    }
  }
  return pos === buf.length ? out : null
}

/** Follows a path of length-delimited field numbers, e.g. [4, 2, 1]. */
export function readPath(buf: Uint8Array, path: readonly number[]): Uint8Array | null {
  let cur: Uint8Array = buf
  for (const f of path) {
    const fields = readFields(cur)
    const hit = fields?.find((x): x is Extract<Field, { wire: 2 }> => x.field === f && x.wire === 2)
    if (!hit) return null
    cur = hit.bytes
  }
  return cur
}
