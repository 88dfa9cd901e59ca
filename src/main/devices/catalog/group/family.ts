import type { FamilyDef } from '../types'

export const group: FamilyDef = {
  id: 'group',
  products: [
    {
      product: 'Group',
      requiredParts: ['speakerphone'],
      parts: [
        { vendorId: '046d', productId: '0882', part: 'speakerphone', name: 'Logi Group Speakerphone', mode: 'normal', readChannels: [] },
        {
          vendorId: '046d',
          productId: '0857',
          part: 'speakerphone',
          name: 'Logi Group Speakerphone (older revision)',
          mode: 'normal',
          readChannels: [],
          unconfirmed: 'usb.ids names both 0857 and 0882 "Logi Group Speakerphone"'
        }
      ]
    }
  ]
}
