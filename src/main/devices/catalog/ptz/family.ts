import type { FamilyDef } from '../types'

export const ptz: FamilyDef = {
  id: 'ptz',
  products: [
    {
      product: 'PTZ Pro 2',
      requiredParts: ['camera'],
      parts: [
        { vendorId: '046d', productId: '085f', part: 'camera', name: 'PTZ Pro 2 camera', mode: 'normal', readChannels: ['uvc-device-info'] }
      ]
    },
    {
      product: 'PTZ Pro',
      requiredParts: ['camera'],
      parts: [
        { vendorId: '046d', productId: '0853', part: 'camera', name: 'PTZ Pro camera', mode: 'normal', readChannels: ['uvc-device-info'] }
      ]
    }
  ]
}
