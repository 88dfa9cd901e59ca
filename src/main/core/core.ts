// The core: one object that implements every call in the shared contract, used unchanged by the
// Electron app, the loopback web server, the CLI and the tests. It knows nothing about how it is
// reached; the shells validate what crosses their boundary with the same contract.
//
// Everything past the device watcher (health checks, tickets, bundles, the app log) is loaded on
// first use: `logi-diag detect` goes through this core too, and its cold start must not parse
// code it never runs.
import { EventEmitter } from 'node:events'
import { release, type } from 'node:os'
import type { AppInfo, CallInput, CallName, CallOutput, EventName, EventPayload } from '../../shared/contract'
import { DeviceWatcher } from '../room/watch'
import { APP_NAME, APP_VERSION } from '../app-version/app-version'
import { UDEV_INSTALL_COMMAND, udevRuleInstalled } from '../devices/permissions'
import type { TicketService, TicketServiceOptions } from '../tickets/ticket-service'
import type { BundleService } from '../bundle/bundle-service'
import type { Logger } from 'pino'

export type Handlers = { [N in CallName]: (input: CallInput<N>) => Promise<CallOutput<N>> }

export interface CoreOptions {
  /** The front end served; the command line serves none and has no `app.info`. */
  shell: AppInfo['shell'] | 'cli'
  watcher?: DeviceWatcher
  /** Where device enumeration warnings go. By default the app's own log, which then also records
   *  device events; the CLI passes its stderr and keeps no log. */
  warnings?: (warning: string) => void
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
  /** Resolves once every module the core began loading on use has loaded (a host shutting down
   *  or a test ending waits for it, so no load outlives its environment). */
  settled(): Promise<void>
}

export function createCore(options: CoreOptions): Core {
  const watcher = options.watcher ?? new DeviceWatcher()
  const bus = new EventEmitter()
  bus.setMaxListeners(100)
  let remoteClients = 0
  let started: Promise<unknown> | null = null

  watcher.on('event', (e) => bus.emit('devices.changed', e))
  // modules loaded on use, so a cold CLI start parses only what its command needs
  const loading = new Set<Promise<unknown>>()
  const load = <T>(p: Promise<T>): Promise<T> => {
    loading.add(p)
    void p.finally(() => loading.delete(p)).catch(() => undefined)
    return p
  }
  const health = () => load(import('../health/run-health'))
  let ticketService: Promise<TicketService> | undefined
  const tickets = (): Promise<TicketService> =>
    (ticketService ??= load(import('../tickets/ticket-service')).then(
      ({ TicketService }) => new TicketService({ ...options.tickets, onProgress: (p) => bus.emit('ticket.progress', p) })
    ))
  let bundleService: Promise<BundleService> | undefined
  const bundles = (): Promise<BundleService> =>
    (bundleService ??= load(import('../bundle/bundle-service')).then(
      ({ BundleService }) =>
        new BundleService({
          room: async () => {
            await (started ??= watcher.start())
            return watcher.latest
          },
          onProgress: (p) => bus.emit('bundle.progress', p)
        })
    ))
  if (options.warnings) {
    watcher.on('warning', options.warnings)
  } else {
    // what support wants to see in the app's own log: what came and went, and enumeration trouble
    const log = (write: (log: Logger) => void): void => void load(import('../app-log/app-log')).then(({ appLog }) => write(appLog()))
    watcher.on('event', (e) =>
      log((l) =>
        l.info(
          {
            event: e.event,
            device: e.device.id,
            usb: `${e.device.vendorId}:${e.device.productId}`,
            name: e.device.name,
            firmware: e.device.firmware
          },
          'device event'
        )
      )
    )
    watcher.on('warning', (w) => log((l) => l.warn({ warning: w }, 'device enumeration warning')))
  }

  /** The udev rule's install command while the UI should offer it: on Linux, with the rule not
   *  installed, and only when discovery found this user cannot open the device nodes (as root, or
   *  with the nodes open to this user some other way, there is nothing to fix). */
  const accessHelpCommand = async (): Promise<string | null> => {
    if (process.platform !== 'linux' || udevRuleInstalled()) return null
    await (started ??= watcher.start())
    return watcher.latest.access === 'denied' ? UDEV_INSTALL_COMMAND : null
  }

  const handlers: Handlers = {
    'app.info': async () => ({
      name: APP_NAME,
      version: APP_VERSION,
      platform: `${process.platform}-${process.arch}`,
      shell: uiShell(options.shell),
      remoteClients,
      udevInstallCommand: await accessHelpCommand(),
      os: `${type()} ${release()}`
    }),
    'devices.snapshot': async () => {
      await (started ??= watcher.start())
      return watcher.snapshot
    },
    'health.report': async () => {
      await (started ??= watcher.start())
      return (await health()).runHealth(watcher.latest)
    },
    'health.recheck': async () => {
      await (started ??= watcher.start())
      await watcher.recheck()
      return (await health()).runHealth(watcher.latest)
    },
    'ticket.prefill': async () => {
      await (started ??= watcher.start())
      const [{ runHealth }, { prefillFrom }] = await Promise.all([health(), load(import('../tickets/prefill'))])
      return prefillFrom(watcher.snapshot, runHealth(watcher.latest))
    },
    'ticket.route': async ({ form, today }) => (await tickets()).route(form, today),
    'ticket.bundles': async () => (await tickets()).bundles(),
    'ticket.submit': async ({ form, bundlePath }) => (await tickets()).submit(form, bundlePath),
    'ticket.outbox': async () => ({ entries: (await (await tickets()).outbox.list()).entries }),
    'ticket.retry': async (input) => (await tickets()).retry(input),
    'ticket.export': async ({ form, bundlePath, format, today }) => (await tickets()).export(form, bundlePath, format, undefined, today),
    'ticket.signInState': async () => (await tickets()).signInState(),
    'ticket.signIn': async ({ token }) => (await tickets()).signIn(token),
    'bundle.plan': async () => (await bundles()).plan(),
    'bundle.start': async (input) => ({ collectionId: (await (await bundles()).start(input)).id }),
    'bundle.cancel': async ({ collectionId }) => ({ cancelled: (await bundles()).get(collectionId).cancel() }),
    'bundle.review': async ({ collectionId }) => (await bundles()).get(collectionId).review(),
    'bundle.page': async ({ collectionId, fileId, offset, maxBytes }) => (await bundles()).get(collectionId).page(fileId, offset, maxBytes),
    'bundle.setIncluded': async ({ collectionId, fileId, included }) => (await bundles()).get(collectionId).setIncluded(fileId, included),
    'bundle.redactTerms': async ({ collectionId, customTerms }) => {
      ;(await bundles()).get(collectionId).redactTerms(customTerms)
      return { collectionId }
    },
    // the user reviewed the files in the UI before pressing save
    'bundle.save': async ({ collectionId, destination }) => {
      const { manifest: _m, ...saved } = await (await bundles()).get(collectionId).save(destination, 'review')
      return saved
    },
    'bundle.discard': async ({ collectionId }) => ({ discarded: await (await bundles()).discard(collectionId) })
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
      tickets()
        .then((t) => t.resume())
        .catch((err: unknown) => console.error('ticket outbox resume failed:', err instanceof Error ? err.message : err))
      await (started ??= watcher.start())
    },
    stop() {
      void ticketService?.then((t) => t.stop())
      watcher.stop()
      void bundleService?.then((b) => b.dispose())
      bus.removeAllListeners()
    },
    async settled() {
      while (loading.size > 0) await Promise.allSettled([...loading])
    }
  }
}

function uiShell(shell: CoreOptions['shell']): AppInfo['shell'] {
  if (shell === 'cli') throw new Error('app.info describes the UI a core serves; the command line serves none')
  return shell
}
