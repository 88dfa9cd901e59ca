// Sizes as people read them ("4.2 MB"), in powers of 1024 like the budget the core enforces.
const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const

export function formatBytes(bytes: number): string {
  if (bytes === 1) return '1 byte'
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  if (unit === 0) return `${bytes} bytes`
  // One decimal below 10 ("4.2 MB"), whole numbers above ("120 MB"); never "10.0".
  const shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value)
  return `${shown} ${UNITS[unit]}`
}
