// The core: one object that implements every call in the shared contract, used unchanged by the
// Electron app, the loopback web server, the CLI and the tests. It knows nothing about how it is
// reached; the shells validate what crosses their boundary with the same contract.
import { EventEmitter } from 'node:events'
import { release, type } from 'node:os'
import type { AppInfo, CallInput, CallName, CallOutput, EventName, EventPayload } from '../../shared/contract'
import { DeviceWatcher } from '../devices/watch'
import { APP_NAME, APP_VERSION } from './app-version'
import { runHealth } from '../health/run-health'
import { UDEV_INSTALL_COMMAND, udevRuleInstalled } from '../devices/permissions'

export type Handlers = { [N in CallName]: (input: CallInput<N>) => Promise<CallOutput<N>> }

export interface CoreOptions {
  shell: AppInfo['shell']
  watcher?: DeviceWatcher
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
    }
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
      await (started ??= watcher.start())
    },
    stop() {
      watcher.stop()
      bus.removeAllListeners()
    }
  }
}
