// Commander's accumulator for options that may be given more than once (`--logs A --logs B`).
// No default array is registered, so help never prints "(default: [])": unset reads as undefined.
export const repeatable = (value: string, previous: string[] = []): string[] => [...previous, value]
