// How the Electron shell names its IPC channels, without zod, so the sandboxed preload stays
// tiny and dependency-free. The preload does not keep its own list of calls: the build derives
// the names from calls.ts and hands them to it (see electron.vite.config.ts).
export const ipcCallChannel = (name: string): string => `logi-diag:call:${name}`
export const ipcEventChannel = (name: string): string => `logi-diag:event:${name}`

/** The object the preload exposes on window as `logiDiag`. */
export const BRIDGE_GLOBAL = 'logiDiag'

/** The names the build hands the preload (derived from `calls` and `events`). */
export interface ContractNames {
  calls: readonly string[]
  events: readonly string[]
}
