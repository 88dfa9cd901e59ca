import type { FamilyDef } from '../types'

const INFO = { kind: 'hid-feature-info', setReport: 0x1b, getReport: 0x19, commands: { firmware: 0x04 } } as const

export const rally: FamilyDef = {
  id: 'rally',
  products: [
    {
      // Rally and Rally Plus present the same USB parts; the Plus differs only in Mic Pods and
      // speakers, which are not USB devices (they appear in the audio topology report).
      product: 'Rally',
      requiredParts: ['camera', 'table-hub', 'audio'],
      parts: [
        {
          vendorId: '046d', productId: '0881', part: 'camera', name: 'Rally Camera', mode: 'normal',
          maxSpeed: 'super', wantsSpeed: 'super',
          readChannels: [{ kind: 'sysfs-strings' }, { kind: 'uvc-xu', guid: '69678ee4-410f-40db-a850-7420d7d8240e', selector: 1, length: 4 }],
          unconfirmed: 'device-info XU on 0881 is inferred from MeetUp'
        },
        {
          vendorId: '046d', productId: '088f', part: 'table-hub', name: 'Rally Table Hub', mode: 'normal',
          readChannels: [{ kind: 'sysfs-strings' }, { kind: 'bulk-tablehub', request: 'ReadVersion' }]
        },
        {
          vendorId: '046d', productId: '0885', part: 'audio', name: 'Rally Audio (Display Hub)', mode: 'normal',
          readChannels: [
            { kind: 'sysfs-strings' },
            INFO,
            { kind: 'hid-feature-topology', getReport: 0x3e, length: 513 },
            { kind: 'hid-feature-identity', setReport: 0x28, getReport: 0x29 }
          ]
        },
        {
          vendorId: '046d', productId: '0886', part: 'audio', name: 'Rally Audio (firmware update mode)', mode: 'update',
          readChannels: [{ kind: 'sysfs-strings' }]
        }
      ]
    }
  ]
}
