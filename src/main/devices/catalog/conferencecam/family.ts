import type { PartKind } from '../../../../shared/contract'
import type { FamilyDef, PartDef } from '../types'

const part = (productId: string, part: PartKind, name: string, unconfirmed?: string): PartDef => ({
  vendorId: '046d',
  productId,
  part,
  name,
  mode: 'normal',
  readChannels: [],
  ...(unconfirmed ? { unconfirmed } : {})
})

export const conferencecam: FamilyDef = {
  id: 'conferencecam',
  products: [
    {
      product: 'ConferenceCam Connect',
      requiredParts: ['camera', 'speakerphone'],
      parts: [
        part('084b', 'camera', 'ConferenceCam Connect video'),
        part('084c', 'speakerphone', 'ConferenceCam Connect audio'),
        part('084e', 'base', 'ConferenceCam Connect base')
      ]
    },
    {
      product: 'BCC950',
      requiredParts: ['camera', 'speakerphone'],
      parts: [
        part('0837', 'camera', 'BCC950 camera'),
        part('0838', 'speakerphone', 'BCC950 audio'),
        part('0839', 'hub', 'BCC950 integrated hub')
      ]
    },
    {
      product: 'ConferenceCam CC3000e',
      requiredParts: ['camera', 'speakerphone'],
      parts: [
        part('0847', 'camera', 'CC3000e camera', 'kernel quirks use 0847/0848, usb.ids lists 0845/0846'),
        part('0848', 'speakerphone', 'CC3000e speakerphone', 'kernel quirks use 0847/0848, usb.ids lists 0845/0846'),
        part('0845', 'camera', 'CC3000e camera', 'usb.ids entry'),
        part('0846', 'speakerphone', 'CC3000e speakerphone', 'usb.ids entry')
      ]
    },
    { product: 'Screen Share', requiredParts: ['capture'], parts: [part('086c', 'capture', 'Screen Share')] }
  ]
}
