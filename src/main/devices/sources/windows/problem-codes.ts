// Device Manager problem codes (CM_PROB_*) that a support person meets with USB devices, in
// words a person in the room can act on. Any other code is reported with its number.

const PROBLEMS: Record<number, string> = {
  1: 'is not configured correctly',
  3: 'has a driver that could not load (it may be damaged, or the computer is low on memory)',
  10: 'could not start',
  12: 'cannot find enough free resources',
  14: 'needs the computer to restart',
  18: 'needs its driver reinstalled',
  19: 'has damaged driver settings in the registry',
  21: 'is being removed',
  22: 'is disabled in Device Manager',
  24: 'is not present or not working properly',
  28: 'has no driver installed',
  31: 'is not working properly (its driver did not load)',
  39: 'has a driver that is missing or damaged',
  43: 'was stopped by Windows because it reported a problem',
  45: 'is no longer connected (Windows still remembers it)',
  48: 'has a driver that Windows blocked',
  52: 'has a driver whose signature Windows cannot verify'
}

export function problemText(code: number): string {
  return PROBLEMS[code] ?? `reports problem code ${code}`
}

/** Codes that mean the device should be unplugged and plugged back in. */
export const REPLUG_CODES: ReadonlySet<number> = new Set([24, 43, 45])
/** Codes that mean a driver is missing, damaged or blocked. */
export const DRIVER_CODES: ReadonlySet<number> = new Set([1, 3, 18, 19, 28, 31, 39, 48, 52])
