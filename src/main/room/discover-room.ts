// One snapshot of the room, in two stages: what is plugged in (src/main/devices, fast), then each
// part's firmware (src/main/firmware, may wait on devices). This is the only place the two meet,
// so discovery never depends on firmware and firmware never on discovery's orchestration.
import { findParts, type DiscoveryResult, type FindPartsOptions } from '../devices/discover'
import { FirmwareCache } from '../firmware/firmware-cache'
import { applyFirmware } from '../firmware/apply-firmware'
import type { FirmwareTarget } from '../firmware/read-firmware'

export interface DiscoverOptions extends FindPartsOptions {
  /** Read firmware through the catalog's read channels (default true). */
  firmware?: boolean
  /** Results of earlier reads, keyed by device identity, so a rescan does not re-read every part. */
  firmwareCache?: FirmwareCache
}

/** A discovery in two stages: what is plugged in (fast), then firmware (may wait on devices). */
export interface StagedDiscovery extends DiscoveryResult {
  withFirmware(): Promise<DiscoveryResult>
}

export async function discover(options: DiscoverOptions = {}): Promise<DiscoveryResult> {
  const staged = await discoverStaged(options)
  return options.firmware === false ? staged : staged.withFirmware()
}

export async function discoverStaged(options: DiscoverOptions = {}): Promise<StagedDiscovery> {
  const { snapshot, tree, warnings, source, parts, access } = await findParts(options)
  const withFirmware = async (): Promise<DiscoveryResult> => {
    const targets: FirmwareTarget[] = []
    for (const device of snapshot.devices) {
      const part = parts.get(device.id)
      // Parts the catalog does not know have no read channel; a denied node cannot be opened.
      if (!part?.item.match || device.errors.some((e) => e.code === 'permission')) continue
      targets.push(part)
    }
    const results = await (options.firmwareCache ?? new FirmwareCache()).read(targets)
    // The tree's device ids do not change with firmware, so it is reused as is.
    return { snapshot: applyFirmware(snapshot, results), tree, warnings, source, access }
  }
  return { snapshot, tree, warnings, source, access, withFirmware }
}
