// The words for a negotiated USB link. Every screen, the CLI text and copied text use these, so
// a speed reads the same wherever an admin meets it.
import type { SpeedSource, UsbSpeed } from '../contract'

/** Short form: chips, the topology picture, CLI lines, copied text. */
export const SPEED_TEXT: Record<UsbSpeed, string> = {
  low: 'USB 1 · 1.5 Mbit/s',
  full: 'USB 1 · 12 Mbit/s',
  high: 'USB 2 · 480 Mbit/s',
  super: 'USB 3 · 5 Gbit/s',
  'super-plus': 'USB 3 · 10+ Gbit/s'
}

/** Long form with the USB-IF names, for sentences in findings. */
export const SPEED_DETAIL: Record<UsbSpeed, string> = {
  low: 'USB 1 Low Speed (1.5 Mbit/s)',
  full: 'USB 1 Full Speed (12 Mbit/s)',
  high: 'USB 2 High Speed (480 Mbit/s)',
  super: 'USB 3 SuperSpeed (5 Gbit/s)',
  'super-plus': 'USB 3 SuperSpeed+ (10+ Gbit/s)'
}

export const SPEED_UNKNOWN = 'link speed unknown'

/** A speed guessed from descriptors (the OS did not report one) says so: it may be wrong. */
export function speedText(speed: UsbSpeed | null, source?: SpeedSource | null): string {
  return speed ? `${SPEED_TEXT[speed]}${source === 'inferred' ? ' (inferred)' : ''}` : SPEED_UNKNOWN
}
