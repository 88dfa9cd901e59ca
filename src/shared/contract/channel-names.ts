// Plain channel-name lists without zod, so the sandboxed preload stays tiny and dependency-free.
// A unit test checks these lists equal the keys of `calls` and `events`.
export const CALL_NAMES = [
  'app.info', 'devices.snapshot', 'health.report', 'health.recheck',
  'ticket.prefill', 'ticket.route', 'ticket.bundles', 'ticket.submit', 'ticket.outbox', 'ticket.retry', 'ticket.export', 'ticket.signInState', 'ticket.signIn',
  'bundle.plan', 'bundle.start', 'bundle.cancel', 'bundle.review', 'bundle.page', 'bundle.setIncluded', 'bundle.redactTerms', 'bundle.save', 'bundle.discard'
] as const
export const EVENT_NAMES = ['devices.changed', 'ticket.progress', 'bundle.progress'] as const

export const ipcCallChannel = (name: string): string => `logi-diag:call:${name}`
export const ipcEventChannel = (name: string): string => `logi-diag:event:${name}`

/** The object the preload exposes on window as `logiDiag`. */
export const BRIDGE_GLOBAL = 'logiDiag'
