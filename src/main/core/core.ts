// The core: one object that implements every call in the shared contract, used unchanged by the
// Electron app, the loopback web server, the CLI and the tests. It knows nothing about how it is
// reached; the shells validate what crosses their boundary with the same contract.
import { EventEmitter } from 'node:events'
import { release, type } from 'node:os'
import type { AppInfo, CallInput, CallName, CallOutput, EventName, EventPayload } from '../../shared/contract'
import { DeviceWatcher } from '../room/watch'
import { APP_NAME, APP_VERSION } from '../app-version/app-version'
import { runHealth } from '../health/run-health'
import { UDEV_INSTALL_COMMAND, udevRuleInstalled } from '../devices/permissions'
import { TicketService, type TicketServiceOptions } from '../tickets/ticket-service'
import { prefillFrom } from '../tickets/prefill'
import { BundleService } from '../bundle/bundle-service'
import { appLog } from '../app-log/app-log'

export type Handlers = { [N in CallName]: (input: CallInput<N>) => Promise<CallOutput<N>> }

export interface CoreOptions {
  shell: AppInfo['shell']
  watcher?: DeviceWatcher
  /** Help centre, sign-in token source (the Electron shell passes its safeStorage store) and test hooks. */
  tickets?: TicketServiceOptions
}

export interface Core {
  readonly handlers: Handlers
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
  /** Number of connected web viewers; the web shell updates it, the UI shows a banner. */
  setRemoteClients(n: number): void
  start(): Promise<void>
  stop(): void
}

export function createCore(options: CoreOptions): Core {
  const watcher = options.watcher ?? new DeviceWatcher()
  const bus = new EventEmitter()
  bus.setMaxListeners(100)
  let remoteClients = 0
  let started: Promise<unknown> | null = null

  watcher.on('event', (e) => bus.emit('devices.changed', e))
  const tickets = new TicketService({ ...options.tickets, onProgress: (p) => bus.emit('ticket.progress', p) })
  // what support wants to see in the app's own log: what came and went, and enumeration trouble
  watcher.on('event', (e) => appLog().info({ event: e.event, device: e.device.id, usb: `${e.device.vendorId}:${e.device.productId}`, name: e.device.name, firmware: e.device.firmware }, 'device event'))
  watcher.on('warning', (w) => appLog().warn({ warning: w }, 'device enumeration warning'))
  const bundles = new BundleService({
    room: async () => {
      await (started ??= watcher.start())
      return watcher.latest
    },
    onProgress: (p) => bus.emit('bundle.progress', p)
  })

  const handlers: Handlers = {
    'app.info': async () => ({
      name: APP_NAME,
      version: APP_VERSION,
      platform: `${process.platform}-${process.arch}`,
      shell: options.shell,
      remoteClients,
      udevInstallCommand: process.platform === 'linux' && !udevRuleInstalled() ? UDEV_INSTALL_COMMAND : null,
      os: `${type()} ${release()}`
    }),
    'devices.snapshot': async () => {
      await (started ??= watcher.start())
      return watcher.snapshot
    },
    'health.report': async () => {
      await (started ??= watcher.start())
      return runHealth(watcher.latest)
    },
    'health.recheck': async () => {
      await (started ??= watcher.start())
      await watcher.recheck()
      return runHealth(watcher.latest)
    },
    'ticket.prefill': async () => {
      await (started ??= watcher.start())
      return prefillFrom(watcher.snapshot, runHealth(watcher.latest))
    },
    'ticket.route': async ({ form, today }) => tickets.route(form, today),
    'ticket.bundles': async () => tickets.bundles(),
    'ticket.submit': async ({ form, bundlePath }) => tickets.submit(form, bundlePath),
    'ticket.outbox': async () => ({ entries: (await tickets.outbox.list()).entries }),
    'ticket.retry': async (input) => tickets.retry(input),
    'ticket.export': async ({ form, bundlePath, format, today }) => tickets.export(form, bundlePath, format, undefined, today),
    'ticket.signInState': async () => tickets.signInState(),
    'ticket.signIn': async ({ token }) => tickets.signIn(token),
    'bundle.plan': async () => bundles.plan(),
    'bundle.start': async (input) => ({ collectionId: (await bundles.start(input)).id }),
    'bundle.cancel': async ({ collectionId }) => ({ cancelled: bundles.get(collectionId).cancel() }),
    'bundle.review': async ({ collectionId }) => bundles.get(collectionId).review(),
    'bundle.page': async ({ collectionId, fileId, offset, maxBytes }) => bundles.get(collectionId).page(fileId, offset, maxBytes),
    'bundle.setIncluded': async ({ collectionId, fileId, included }) => bundles.get(collectionId).setIncluded(fileId, included),
    'bundle.redactTerms': async ({ collectionId, customTerms }) => {
      bundles.get(collectionId).redactTerms(customTerms)
      return { collectionId }
    },
    // the user reviewed the files in the UI before pressing save
    'bundle.save': async ({ collectionId, destination }) => {
      const { manifest: _m, ...saved } = await bundles.get(collectionId).save(destination, 'review')
      return saved
    },
    'bundle.discard': async ({ collectionId }) => ({ discarded: await bundles.discard(collectionId) })
  }

  return {
    handlers,
    on(event, listener) {
      bus.on(event, listener as (p: unknown) => void)
      return () => bus.off(event, listener as (p: unknown) => void)
    },
    setRemoteClients(n) {
      remoteClients = n
    },
    async start() {
      // Tickets left unfinished by a previous run (killed, offline) carry on in the background.
      tickets.resume().catch((err: unknown) => console.error('ticket outbox resume failed:', err instanceof Error ? err.message : err))
      await (started ??= watcher.start())
    },
    stop() {
      tickets.stop()
      watcher.stop()
      void bundles.dispose()
      bus.removeAllListeners()
    }
  }
}
