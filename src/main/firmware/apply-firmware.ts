// Folds what the read channels learned into the snapshot: each device's own version, versions
// one part reports for another (the Rally audio's topology knows the Table Hub's version), and the
// non-USB parts of a system (Mic Pods, Mic Pod hubs, speakers, Sight) as peripherals.
import type { Device, Peripheral, Snapshot } from '../../shared/contract'
import type { FirmwareResult } from './results'

function rallyPeripherals(reporter: Device, r: FirmwareResult): Peripheral[] {
  const t = r.topology
  if (!t) return []
  const list: Peripheral[] = []
  const pods = t.entries.filter((e) => e.kind === 'mic-pod').sort((a, b) => a.id - b.id)
  pods.forEach((e, i) =>
    list.push({ part: 'mic-pod', name: `Mic Pod ${i + 1}`, serial: null, firmware: e.version, connected: true, reportedBy: reporter.id })
  )
  const hubs = t.entries.filter((e) => e.kind === 'mic-pod-hub').sort((a, b) => a.id - b.id)
  hubs.forEach((e, i) =>
    list.push({
      part: 'mic-pod-hub',
      name: `Mic Pod Hub ${i + 1}`,
      serial: null,
      firmware: e.version,
      connected: true,
      reportedBy: reporter.id
    })
  )
  list.push({ part: 'speaker', name: 'Left speaker', serial: null, firmware: null, connected: t.speakers.left, reportedBy: reporter.id })
  list.push({ part: 'speaker', name: 'Right speaker', serial: null, firmware: null, connected: t.speakers.right, reportedBy: reporter.id })
  return list
}

function infoPeripherals(reporter: Device, r: FirmwareResult): Peripheral[] {
  return (r.deviceInfo?.peripherals ?? []).map((p) => ({ ...p, reportedBy: reporter.id }))
}

/** Another part reported this one's version: its own failed read no longer matters. */
function fillFrom(target: Device, version: string): void {
  target.firmware = version
  target.firmwareSource = 'rally-topology-report'
  target.errors = target.errors.filter((e) => !(e.code === 'read' && e.message.startsWith('Could not read the firmware version')))
}

export function applyFirmware(snapshot: Snapshot, results: ReadonlyMap<string, FirmwareResult>): Snapshot {
  const devices = snapshot.devices.map((d): Device => {
    const r = results.get(d.id)
    if (!r) return d
    return { ...d, firmware: r.firmware, firmwareSource: r.firmwareSource, components: r.components, errors: [...d.errors, ...r.errors] }
  })
  const byId = new Map(devices.map((d) => [d.id, d]))
  const systems = snapshot.systems.map((s) => {
    const members = s.parts.map((id) => byId.get(id)!).filter(Boolean)
    const peripherals: Peripheral[] = []
    for (const m of members) {
      const r = results.get(m.id)
      if (!r) continue
      if (r.topology) {
        peripherals.push(...rallyPeripherals(m, r))
        const hubVersion = r.topology.entries.find((e) => e.kind === 'table-hub')?.version
        const tableHub = members.find((x) => x.part === 'table-hub')
        if (hubVersion && tableHub && !tableHub.firmware) fillFrom(tableHub, hubVersion)
        const video = r.topology.components.find((c) => c.name === 'video')?.version
        const camera = members.find((x) => x.part === 'camera')
        if (video && camera && !camera.firmware) fillFrom(camera, video)
        m.components = [...m.components, ...r.topology.components]
      }
      peripherals.push(...infoPeripherals(m, r))
    }
    return { ...s, peripherals }
  })
  return { devices, systems }
}
