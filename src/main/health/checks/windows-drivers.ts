// Windows' counterpart of the Linux access finding: Device Manager says a part (or one of its
// interfaces) has no working driver, was stopped, or is remembered but not connected. The app
// still lists the part; this says what to do about it.
import type { Device, Finding } from '../../../shared/contract'
import { DRIVER_CODES, REPLUG_CODES } from '../../devices/sources/windows/problem-codes'
import { where, type Check } from '../context'

const codesOf = (d: Device): number[] =>
  d.errors
    .filter((e) => e.code === 'driver')
    .map((e) => Number(/problem code (\d+)/.exec(e.message)?.[1]))
    .filter(Number.isInteger)

function fixFor(d: Device, codes: readonly number[]): string {
  if (codes.some((c) => DRIVER_CODES.has(c))) {
    return `Open Device Manager, right-click the ${d.name} entry marked with a warning sign and choose "Update driver" → "Search automatically" (or run Windows Update); then unplug the ${d.name} and plug it back in. If it stays, uninstall that entry (tick "Delete the driver software" if offered) and replug to reinstall it.`
  }
  if (codes.some((c) => REPLUG_CODES.has(c))) {
    return `Unplug the ${d.name}, wait ten seconds and plug it back in, straight into the computer if it was on a hub. If Windows keeps stopping it, try another cable and port; the part may need service.`
  }
  if (codes.includes(22)) return `Open Device Manager, right-click the ${d.name} entry and choose "Enable device".`
  return `Open Device Manager and look at the ${d.name} entry marked with a warning sign; restart the computer, and if it stays, unplug and replug the ${d.name}.`
}

export const windowsDrivers: Check = (ctx) => {
  const findings: Finding[] = []
  for (const d of ctx.devices) {
    const errors = d.errors.filter((e) => e.code === 'driver')
    if (errors.length === 0) continue
    findings.push({
      id: `windows-driver:${d.id}`,
      check: 'windows-driver',
      // A part with a missing interface driver still enumerates, but that function (video,
      // audio, controls) does not work: an error when the catalog knows it is a room part.
      severity: d.known ? 'error' : 'warning',
      devices: [d.id],
      title: `Windows reports a driver problem with ${d.known ? d.name : (d.usbProduct ?? d.name)}`,
      detail: `${errors.map((e) => e.message).join(' ')} (${where(d)})`,
      fix: fixFor(d, codesOf(d))
    })
  }
  return findings
}
