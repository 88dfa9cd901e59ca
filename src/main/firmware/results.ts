import type { Component, DeviceError, FirmwareSource } from '../../shared/contract'
import type { DeviceInfo } from './channels/bulk-device-info'
import type { RallyTopology } from './channels/rally-topology'

/** What the read channels learned about one USB device. */
export interface FirmwareResult {
  firmware: string | null
  firmwareSource: FirmwareSource | null
  components: Component[]
  errors: DeviceError[]
  topology?: RallyTopology
  deviceInfo?: DeviceInfo
}

export const emptyResult = (): FirmwareResult => ({ firmware: null, firmwareSource: null, components: [], errors: [] })
