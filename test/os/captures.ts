// The real Windows and macOS captures, read from ../shared/fixtures/real/os at test time (never
// copied here), and a command runner that answers with them as the OS programs would.
import { realFixture } from '../support/real-fixtures'
import { CommandError, programName, type CommandRunner } from '../../src/main/devices/sources/os/command'

export const osCapture = (name: string): string => realFixture(`os/${name}`).toString('utf8')

export const CAPTURES = {
  streamcam: 'windows/esp-usb-usbtreeview-logitech-streamcam-0893.txt',
  c270: 'windows/esp-usb-usbtreeview-logitech-c270-0825.txt',
  wmi: 'windows/glpi-wmi-win7-pnpentity-usb-logitech.txt',
  ioreg: 'macos/glpi-ioreg-iousbdevice-imac7-1.txt',
  spusbJson: 'macos/cyme-system-profiler-spusb.json',
  tahoeJson: 'macos/lsusb-macos-tahoe-spusbhost-logitech.json',
  spusbXml: 'macos/glpi-spusb-superspeed.xml'
} as const

/** Answers each program (matched by a word of its command line) with recorded output, or fails
 *  it the way execRunner does; records every call. */
export function recordedRunner(answers: Array<{ when: RegExp; output?: string; fail?: string }>): CommandRunner & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    run: async (file, args) => {
      // PowerShell scripts travel base64-encoded: match on their text.
      const line = [
        file,
        ...args.map((a, i) => (args[i - 1] === '-EncodedCommand' ? Buffer.from(a, 'base64').toString('utf16le') : a))
      ].join(' ')
      calls.push(line)
      const a = answers.find((x) => x.when.test(line))
      if (!a || a.fail !== undefined) throw new CommandError(`${programName(file)} ${a?.fail ?? 'is not available on this computer'}`)
      return a.output!
    }
  }
}

/** The Windows report command is the one that compiles the hub helper. */
export const WINDOWS_REPORT = /LogiDiagHub/
export const WINDOWS_PNP_LIST = /Win32_PnPEntity/
export const IOREG = /ioreg/
export const SP_JSON = /system_profiler -json/
export const SP_XML = /system_profiler -xml/

/** Replaces a VID:PID in recorded output with a catalog part's, for tests that need a room
 *  part: no public capture of a Rally, MeetUp or Tap exists on these OSes. */
export function substitute(
  text: string,
  from: { vid: string; pid: string },
  to: { vid: string; pid: string },
  format: 'windows' | 'system-profiler' | 'ioreg'
): string {
  if (format === 'windows') {
    return text.replace(
      new RegExp(`VID_${from.vid}&(amp;)?PID_${from.pid}`, 'gi'),
      (_m, amp: string | undefined) => `VID_${to.vid.toUpperCase()}&${amp ?? ''}PID_${to.pid.toUpperCase()}`
    )
  }
  if (format === 'ioreg') {
    return text.replace(new RegExp(`"idProduct" = ${parseInt(from.pid, 16)}\\b`, 'g'), `"idProduct" = ${parseInt(to.pid, 16)}`)
  }
  return text.replace(new RegExp(`"(product_id|USBDeviceKeyProductID)" : "0x${from.pid}"`, 'gi'), `"$1" : "0x${to.pid}"`)
}
