// Windows device instance ids: USB\VID_046D&PID_0893\5079EB25. The last segment is the device's
// serial when it has one Windows accepts; otherwise Windows generates "<n>&<hash>&<n>&<port>"
// (5&28A8B183&0&1), which changes when the device moves port and is never a serial.

export interface UsbInstanceId {
  vendorId: string
  productId: string
  /** Interface number for the per-interface nodes of a composite device (&MI_02). */
  interfaceNumber: number | null
  serial: string | null
  /** The last segment is one Windows generated (so the device reported no usable serial). */
  generated: boolean
}

const GENERATED = /^[0-9A-F]{1,8}&[0-9A-F]{1,8}&[0-9A-F]{1,8}(?:&[0-9A-F]{1,8})?$/i

export const isGeneratedInstanceSuffix = (suffix: string): boolean => GENERATED.test(suffix)

export function parseInstanceId(id: string): UsbInstanceId | null {
  const m = /^USB\\VID_([0-9A-F]{4})&PID_([0-9A-F]{4})(?:&MI_([0-9A-F]{2}))?\\([^\\]+)$/i.exec(id.trim())
  if (!m) return null
  const suffix = m[4]!
  const generated = isGeneratedInstanceSuffix(suffix)
  return {
    vendorId: m[1]!.toLowerCase(),
    productId: m[2]!.toLowerCase(),
    interfaceNumber: m[3] === undefined ? null : parseInt(m[3], 16),
    serial: generated || m[3] !== undefined ? null : suffix,
    generated
  }
}

export const isRootHubId = (id: string): boolean => /^USB\\ROOT_HUB\d*\\/i.test(id.trim())
