// Host facts through systeminformation: OS, CPU, memory, graphics and displays, audio devices,
// the USB tree, network interfaces, the conferencing and Logitech processes that are running,
// and proxy settings from the environment. The JSON goes through redactJson like every source.
import si from 'systeminformation'
import { ok, type Collector } from './types'

/** Processes support asks about first: conferencing apps, Logitech software, the audio stack. */
export const RELEVANT_PROCESS =
  /zoom|teams|skype|webex|logi|lghub|sync|tune|crashpad|pipewire|pulseaudio|wireplumber|coreaudio|audiodg|msedgewebview/i

const PROXY_KEYS = ['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'all_proxy', 'no_proxy']

async function settle<T>(what: string, p: Promise<T>, errors: string[]): Promise<T | null> {
  try {
    return await p
  } catch (err) {
    errors.push(`${what}: ${err instanceof Error ? err.message : String(err)}`)
    return null
  }
}

export const hostCollector: Collector = {
  id: 'host',
  title: 'This computer',
  explanation:
    'Operating system, CPU, memory, graphics and displays, audio devices, USB tree, network interfaces, running conferencing apps and proxy settings.',
  timeoutMs: 45_000,
  availableOn: () => true,
  async collect(ctx) {
    const errors: string[] = []
    const [os, cpu, mem, graphics, audio, usb, net, procs] = await Promise.all([
      settle('os', si.osInfo(), errors),
      settle('cpu', si.cpu(), errors),
      settle('memory', si.mem(), errors),
      settle('graphics', si.graphics(), errors),
      settle('audio', si.audio(), errors),
      settle('usb', si.usb(), errors),
      settle('network', si.networkInterfaces(), errors),
      settle('processes', si.processes(), errors)
    ])
    const proxy: Record<string, string> = {}
    for (const k of PROXY_KEYS) if (ctx.env[k]) proxy[k] = ctx.env[k]!
    const processes = (procs?.list ?? [])
      .filter((p) => RELEVANT_PROCESS.test(p.name) || RELEVANT_PROCESS.test(p.path ?? ''))
      .map((p) => ({ name: p.name, pid: p.pid, started: p.started, cpu: p.cpu, memRss: p.memRss, path: p.path, user: p.user }))
    const facts = { os, cpu, memory: mem, graphics, audio, usb, network: net, processes, proxy, errors }
    return ok(
      [{ collector: 'host', bundlePath: 'host/host.json', content: { kind: 'json', value: facts }, mtimeMs: Date.now(), essential: true }],
      [],
      errors.length ? `partial: ${errors.join('; ')}` : null
    )
  }
}
