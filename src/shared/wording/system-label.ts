// Two of the same product in one room must never look alike. A system is named by its product;
// when another system of the same product is present, the primary part's serial and USB place
// are added: "Rally · camera 2231PC4R7X18 · bus 2 port 3".
import { isUnlocated, type Device, type RoomSystem } from '../contract'

export function usbPlace(d: Pick<Device, 'id' | 'location'>): string {
  if (isUnlocated(d)) return 'port not reported by the system'
  const { bus, ports } = d.location
  return ports.length ? `bus ${bus} port ${ports.join('.')}` : `bus ${bus}`
}

/** The part that names the system: its first part in catalog order (the camera of a Rally). */
export function primaryPart(system: Pick<RoomSystem, 'parts'>, devices: readonly Device[]): Device | undefined {
  const id = system.parts[0]
  return devices.find((d) => d.id === id)
}

export function distinctSystemLabel(system: Pick<RoomSystem, 'product' | 'parts'>, devices: readonly Device[]): string {
  const primary = primaryPart(system, devices)
  if (!primary) return system.product
  const serial = primary.serial ? ` ${primary.serial}` : ''
  return `${system.product} · ${primary.part}${serial} · ${usbPlace(primary)}`
}

/** The product alone when it is the only one of its kind, else the distinct label. */
export function systemLabel(
  system: Pick<RoomSystem, 'id' | 'product' | 'parts'>,
  systems: readonly Pick<RoomSystem, 'id' | 'product'>[],
  devices: readonly Device[]
): string {
  const twins = systems.some((s) => s.id !== system.id && s.product === system.product)
  return twins ? distinctSystemLabel(system, devices) : system.product
}

/** Device id → the name people know it by; two parts with the same name (two Rallies' cameras)
 *  get their serial, or else their USB place, so a finding's "Parts:" line points at one. */
export function distinctDeviceNames(
  devices: readonly Pick<Device, 'id' | 'name' | 'known' | 'usbProduct' | 'serial' | 'location'>[]
): Map<string, string> {
  const base = (d: (typeof devices)[number]): string => (d.known ? d.name : (d.usbProduct ?? d.name))
  const seen = new Map<string, number>()
  for (const d of devices) seen.set(base(d), (seen.get(base(d)) ?? 0) + 1)
  return new Map(devices.map((d) => [d.id, (seen.get(base(d)) ?? 0) > 1 ? `${base(d)} (${d.serial ?? usbPlace(d)})` : base(d)]))
}
