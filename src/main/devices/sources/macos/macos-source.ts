// macOS: the USB devices as IOKit reports them, without opening any device. ioreg answers in
// tens of milliseconds and has serial, negotiated speed and locationID on every macOS version;
// system_profiler takes seconds (it gathers every data type's extras) and changed its schema in
// macOS 26, so it is only the fallback.
import { firstThatWorks, type Attempt, type CommandRunner } from '../os/command'
import { toRawDevices, type OsUsbDevice } from '../os/os-device'
import type { OsListing } from '../windows/windows-source'
import { parseIoreg } from './ioreg'
import { parseSystemProfilerJson, parseSystemProfilerXml } from './system-profiler'

type Parsed = { devices: OsUsbDevice[]; warnings: string[] }

export const MACOS_ATTEMPTS: readonly Attempt<Parsed>[] = [
  { label: 'ioreg', file: '/usr/sbin/ioreg', args: ['-p', 'IOUSB', '-l', '-w', '0'], timeoutMs: 5_000, parse: parseIoreg },
  {
    label: 'system_profiler -json',
    file: '/usr/sbin/system_profiler',
    args: ['-json', 'SPUSBDataType'],
    timeoutMs: 30_000,
    parse: parseSystemProfilerJson
  },
  // Before macOS 10.15 there is no -json.
  {
    label: 'system_profiler -xml',
    file: '/usr/sbin/system_profiler',
    args: ['-xml', 'SPUSBDataType'],
    timeoutMs: 30_000,
    parse: parseSystemProfilerXml
  }
]

export async function listMacUsb(runner: CommandRunner): Promise<OsListing> {
  const r = await firstThatWorks(runner, MACOS_ATTEMPTS)
  const warnings = [...r.warnings, ...r.value.warnings]
  return { devices: toRawDevices('macos', r.value.devices, warnings), warnings }
}
