import type { FamilyDef } from '../types'

export const smartdock: FamilyDef = {
  id: 'smartdock',
  products: [
    {
      product: 'SmartDock',
      requiredParts: ['audio'],
      parts: [
        {
          vendorId: '046d',
          productId: '0864',
          part: 'audio',
          name: 'SmartDock audio',
          mode: 'normal',
          readChannels: [],
          unconfirmed: 'PID from a secondary source; other SmartDock PIDs unknown'
        }
      ]
    }
  ]
}
