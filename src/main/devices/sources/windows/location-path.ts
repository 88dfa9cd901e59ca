// Windows location paths: PCIROOT(0)#PCI(0803)#PCI(0004)#USBROOT(0)#USB(1)#USB(4) is port 4 of
// the hub on root port 1 of that controller's root hub; #USBMI(n) would be an interface of it.
// The controller part (everything up to USBROOT) tells buses apart.
import { MAX_PORTS } from '../os/os-device'

export interface WindowsLocation {
  controller: string
  ports: number[]
}

export function parseLocationPath(path: string): WindowsLocation | null {
  const segments = path.trim().split('#')
  const root = segments.findIndex((s) => /^USBROOT\(\d+\)$/.test(s))
  if (root < 0) return null
  const ports: number[] = []
  for (const s of segments.slice(root + 1)) {
    const m = /^USB\((\d{1,3})\)$/.exec(s)
    if (!m) return /^USBMI\(\d+\)$/.test(s) ? { controller: segments.slice(0, root + 1).join('#'), ports } : null
    const port = Number(m[1])
    if (port < 1 || port > 255) return null
    ports.push(port)
  }
  if (ports.length === 0 || ports.length > MAX_PORTS) return null
  return { controller: segments.slice(0, root + 1).join('#'), ports }
}

/** The first USBROOT-based path of a list (UsbTreeView's "Location IDs" joins them with ", ";
 *  the PnP property lists them). ACPI paths name the same place differently and are skipped. */
export function firstUsbLocation(paths: readonly string[]): WindowsLocation | null {
  for (const p of paths) {
    const loc = parseLocationPath(p)
    if (loc) return loc
  }
  return null
}

/** Bus numbers for controllers: their order among all the controllers the output names
 *  (root hubs included), so the numbering does not depend on which devices are plugged in. */
export function busNumbers(controllers: Iterable<string>): Map<string, number> {
  return new Map([...new Set(controllers)].sort().map((c, i) => [c, i + 1]))
}
