// Windows: the USB devices as PnP and the hub driver report them, without opening any device
// (Windows refuses to open devices bound to their class drivers: every camera, audio and HID part).
import type { RawUsbDevice } from '../../raw-device'
import { firstThatWorks, type Attempt, type CommandRunner } from '../os/command'
import { toRawDevices, type OsUsbDevice } from '../os/os-device'
import { parsePnpList } from './pnp-list'
import { parseUsbTreeView } from './usbtreeview'
import { PNP_LIST_SCRIPT, USB_REPORT_SCRIPT } from './windows-script'

// By full path: a powershell.exe earlier on PATH must not stand in for the system's.
const POWERSHELL = `${process.env.SystemRoot ?? 'C:\\Windows'}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`
// -EncodedCommand (UTF-16LE, base64) sidesteps Windows command-line quoting of the script's quotes.
const psArgs = (script: string): string[] => [
  '-NoProfile',
  '-NonInteractive',
  '-ExecutionPolicy',
  'Bypass',
  '-EncodedCommand',
  Buffer.from(script, 'utf16le').toString('base64')
]

type Parsed = { devices: OsUsbDevice[]; warnings: string[] }

export const WINDOWS_ATTEMPTS: readonly Attempt<Parsed>[] = [
  // Add-Type compiles the small hub helper on each run: allow for a slow, busy room PC.
  {
    label: 'Windows USB report (PnP + hub driver)',
    file: POWERSHELL,
    args: psArgs(USB_REPORT_SCRIPT),
    timeoutMs: 20_000,
    parse: parseUsbTreeView
  },
  {
    label: 'Windows device list (PnP only, no link speed)',
    file: POWERSHELL,
    args: psArgs(PNP_LIST_SCRIPT),
    timeoutMs: 20_000,
    parse: parsePnpList
  }
]

export interface OsListing {
  devices: RawUsbDevice[]
  warnings: string[]
}

export async function listWindowsUsb(runner: CommandRunner): Promise<OsListing> {
  const r = await firstThatWorks(runner, WINDOWS_ATTEMPTS)
  const warnings = [...r.warnings, ...r.value.warnings]
  return { devices: toRawDevices('windows', r.value.devices, warnings), warnings }
}
