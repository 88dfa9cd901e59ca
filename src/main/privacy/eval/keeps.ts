import type { Rng } from './prng'

// What support needs to survive verbatim. The Logitech serial format is a synthetic
// placeholder (YYWW + 2 letters + 6 alphanumerics), as in the research note.
export interface Keep {
  type: string
  value: string
  fragment: string
}

export function logitechSerial(rng: Rng): string {
  return `${rng.int(18, 25)}${String(rng.int(1, 52)).padStart(2, '0')}${rng.pick(['LZ', 'SN', 'FD', 'AB'])}${rng.alnum(6, true)}`
}

const PIDS = ['0881', '0866', '0885', '089b', '08d3', '08e4']

export const KEEP_GENERATORS: Record<string, (rng: Rng, inventory: string[]) => Keep> = {
  timestamp(rng) {
    const y = rng.int(2021, 2025)
    const mo = String(rng.int(1, 12)).padStart(2, '0')
    const d = String(rng.int(1, 28)).padStart(2, '0')
    const t = `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`
    const v = rng.pick([
      `${y}-${mo}-${d}T${t}.${rng.digits(3)}Z`,
      `${y}-${mo}-${d}T${t}+02:00`,
      `${y}-${mo}-${d} ${t},${rng.digits(3)}`,
      `17${rng.digits(11)}`,
      `${d}/${mo}/${y}`
    ])
    return { type: 'timestamp', value: v, fragment: rng.pick([`at=${v}`, `lastSeen ${v}`, `"ts":"${v}"`]) }
  },
  firmware_version(rng) {
    const v = `${rng.int(1, 3)}.${rng.int(0, 15)}.${rng.int(10, 400)}`
    return { type: 'firmware_version', value: v, fragment: rng.pick([`firmware ${v}`, `fw=${v}`, `"firmwareVersion":"${v}"`]) }
  },
  version_4part(rng) {
    const v = rng.pick([
      `10.0.${rng.int(19041, 26100)}.${rng.int(1, 5000)}`,
      `6.1.7601.${rng.int(17000, 24000)}`,
      `${rng.int(100, 130)}.0.${rng.int(5000, 6999)}.${rng.int(1, 250)}`,
      `${rng.int(1, 9)}.${rng.int(0, 9)}.${rng.int(0, 9)}.${rng.int(1, 250)}`
    ])
    return { type: 'version_4part', value: v, fragment: rng.pick([`version ${v}`, `Version: ${v}`, `build=${v}`, `v${v}`]) }
  },
  usb_vid_pid(rng) {
    const pid = rng.pick(PIDS)
    const v = rng.pick([`046d:${pid}`, `VID_046D&PID_${pid.toUpperCase()}`, `idVendor=046d, idProduct=${pid}`, `046D:${pid.toUpperCase()}`])
    return { type: 'usb_vid_pid', value: v, fragment: rng.pick([`usb ${v}`, `device ${v} attached`, `USB\\${v}\\`]) }
  },
  logitech_serial(rng, inventory) {
    const v = inventory.length && rng.chance(0.5) ? rng.pick(inventory) : logitechSerial(rng)
    const ctx = rng.pick([
      `Logitech Rally Bar serial=${v}`,
      `Logi Tap Serial Number: ${v}`,
      `{"vendor":"Logitech","serialNumber":"${v}"}`,
      `Bus 001 Device 004: ID 046d:0881 iSerial 3 ${v}`,
      `MeetUp S/N ${v}`
    ])
    const inInventory = inventory.includes(v)
    return { type: 'logitech_serial', value: v, fragment: inInventory && rng.chance(0.5) ? `device serial=${v}` : ctx }
  },
  error_code(rng) {
    const v = rng.pick(['0x80070005', '0x887A0005', 'ERR_CONNECTION_RESET', 'ETIMEDOUT', '-1001', '1603', '0xC0000005', 'E_ACCESSDENIED'])
    return { type: 'error_code', value: v, fragment: rng.pick([`error ${v}`, `hr=${v}`, `failed (${v})`]) }
  },
  duration(rng) {
    const v = rng.pick([
      `${rng.int(1, 9999)} ms`,
      `${rng.int(1, 99)}.${rng.int(0, 9)}ms`,
      `00:0${rng.int(0, 9)}:${rng.int(10, 59)}.${rng.digits(3)}`,
      `${rng.int(1, 6)}d 0${rng.int(0, 9)}:${rng.int(10, 59)}:${rng.int(10, 59)}`,
      `${rng.int(1, 90)}s`
    ])
    return { type: 'duration', value: v, fragment: rng.pick([`took ${v}`, `elapsed=${v}`, `uptime ${v}`]) }
  }
}
