// The only code in the app that talks to a device (its methods deliberately do not share the
// libraries' names, so a test can find any raw call elsewhere). Each method checks its request against the
// read-only allow-list first, so a mistake elsewhere cannot turn into a write. A unit test fails
// if any other file calls a device-writing API.
import type { HIDAsync } from 'node-hid'
import type { Device as UsbDevice, InEndpoint, Interface, OutEndpoint } from 'usb'
import { assertAllowed } from './allow-list'
import { loadHid } from './native-modules'

export class GuardedHid {
  private constructor(private readonly dev: HIDAsync) {}

  static async open(path: string): Promise<GuardedHid> {
    const hid = loadHid()
    if (!hid.ok) throw new Error(hid.error)
    // nonExclusive: never take the device away from the conferencing app using it.
    return new GuardedHid(await hid.module.HIDAsync.open(path, { nonExclusive: true }))
  }

  async setFeature(data: readonly number[]): Promise<void> {
    assertAllowed({ kind: 'hid-set-feature', data: Uint8Array.from(data) })
    await this.dev.sendFeatureReport([...data])
  }

  async getFeature(reportId: number, length: number): Promise<Uint8Array> {
    assertAllowed({ kind: 'hid-get-feature', reportId, length })
    return new Uint8Array(await this.dev.getFeatureReport(reportId, length))
  }

  async close(): Promise<void> {
    try {
      await this.dev.close()
    } catch {
      // gone already
    }
  }
}

function callback<T>(fn: (cb: (err: Error | undefined | null, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value as T))))
}

export class GuardedUsb {
  private claimed: Interface | null = null

  private constructor(private readonly dev: UsbDevice) {}

  /** Opening is host-side: it sends nothing to the device (node-usb only reads the cached
   *  configuration descriptor to list the interfaces; it does not set a configuration). */
  static open(dev: UsbDevice): GuardedUsb {
    dev.open()
    return new GuardedUsb(dev)
  }

  /** Standard string descriptor read; waits for libusb's own timeout so nothing is left in
   *  flight when the handle is closed. */
  async getString(index: number, timeoutMs: number): Promise<string | null> {
    assertAllowed({ kind: 'usb-get-string', index })
    this.dev.timeout = timeoutMs
    try {
      return (await callback<string | undefined>((cb) => this.dev.getStringDescriptor(index, cb))) ?? null
    } catch {
      return null
    }
  }

  async controlIn(bmRequestType: number, bRequest: number, wValue: number, wIndex: number, length: number): Promise<Uint8Array> {
    assertAllowed({ kind: 'usb-control-in', bmRequestType, bRequest, wValue, wIndex, length })
    const data = await callback<Buffer | number | undefined>((cb) =>
      this.dev.controlTransfer(bmRequestType, bRequest, wValue, wIndex, length, cb)
    )
    return data instanceof Buffer ? new Uint8Array(data) : new Uint8Array()
  }

  /** Claims a vendor interface that no kernel driver owns; never detaches a driver. */
  claimVendorInterface(interfaceNumber: number): { out: GuardedOut; in: GuardedIn } {
    const iface = this.dev.interface(interfaceNumber)
    if (process.platform === 'linux' && iface.isKernelDriverActive()) {
      throw new Error(`interface ${interfaceNumber} is in use by a system driver; it is left alone`)
    }
    iface.claim()
    this.claimed = iface
    const out = iface.endpoints.find((e): e is OutEndpoint => e.direction === 'out' && e.transferType === 2)
    const inn = iface.endpoints.find((e): e is InEndpoint => e.direction === 'in' && e.transferType === 2)
    if (!out || !inn) throw new Error(`interface ${interfaceNumber} has no bulk endpoint pair`)
    return { out: new GuardedOut(out), in: new GuardedIn(inn) }
  }

  async close(): Promise<void> {
    try {
      if (this.claimed) await callback<void>((cb) => this.claimed!.release(true, (e) => cb(e)))
    } catch {
      // released or gone
    }
    try {
      this.dev.close()
    } catch {
      // gone
    }
  }
}

export class GuardedOut {
  constructor(private readonly ep: OutEndpoint) {}
  async send(data: Uint8Array, timeoutMs: number): Promise<void> {
    assertAllowed({ kind: 'usb-bulk-out', data })
    this.ep.timeout = timeoutMs
    await callback<unknown>((cb) => this.ep.transfer(Buffer.from(data), (err) => cb(err ?? undefined)))
  }
}

export class GuardedIn {
  constructor(private readonly ep: InEndpoint) {}
  async receive(length: number, timeoutMs: number): Promise<Uint8Array> {
    assertAllowed({ kind: 'usb-bulk-in', length })
    this.ep.timeout = timeoutMs
    const data = await callback<Buffer | undefined>((cb) => this.ep.transfer(length, (err, d) => cb(err ?? undefined, d)))
    return new Uint8Array(data ?? [])
  }
}
