// Turns what the simulated devices recorded into the app's request shape and checks each one
// against the app's own allow-list: a test fails on any request the list does not name.
import { allowedBy, describeRequest, type OutgoingRequest } from '../../src/main/usb-io/allow-list'
import type { WriteLogEntry } from '../umockdev/harness'

function asRequest(e: WriteLogEntry): OutgoingRequest | string {
  const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'))
  switch (e.kind) {
    case 'feature':
      return { kind: 'hid-set-feature', data: hex(e.data) }
    case 'bulk':
      return { kind: 'usb-bulk-out', data: hex(e.data) }
    case 'control':
      return e.dir === 'in'
        ? {
            kind: 'usb-control-in',
            bmRequestType: e.bmRequestType,
            bRequest: e.bRequest,
            wValue: e.wValue,
            wIndex: e.wIndex,
            length: e.wLength
          }
        : `control OUT ${e.bmRequestType.toString(16)}:${e.bRequest.toString(16)}:${e.wValue.toString(16)}:${e.wIndex.toString(16)}`
    default:
      return `${e.kind} ${'data' in e ? e.data : ''}`
  }
}

/** Every recorded request the allow-list does not permit, described. */
export function forbiddenWrites(log: readonly WriteLogEntry[]): string[] {
  return log.flatMap((e) => {
    const r = asRequest(e)
    if (typeof r === 'string') return [`${e.node}: ${r}`]
    return allowedBy(r) ? [] : [`${e.node}: ${describeRequest(r)}`]
  })
}
