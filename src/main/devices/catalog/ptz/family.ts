import type { FamilyDef } from '../types'

const XU = { kind: 'uvc-xu', guid: '69678ee4-410f-40db-a850-7420d7d8240e', selector: 1, length: 4 } as const

export const ptz: FamilyDef = {
  id: 'ptz',
  products: [
    {
      product: 'PTZ Pro 2',
      requiredParts: ['camera'],
      parts: [{ vendorId: '046d', productId: '085f', part: 'camera', name: 'PTZ Pro 2 camera', mode: 'normal', readChannels: [{ kind: 'sysfs-strings' }, XU] }]
    },
    {
      product: 'PTZ Pro',
      requiredParts: ['camera'],
      parts: [{ vendorId: '046d', productId: '0853', part: 'camera', name: 'PTZ Pro camera', mode: 'normal', readChannels: [{ kind: 'sysfs-strings' }, XU] }]
    }
  ]
}
