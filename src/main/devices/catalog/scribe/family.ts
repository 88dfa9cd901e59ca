import type { FamilyDef } from '../types'
import { TEAMS_ROOMS_CERTIFIED } from '../sources'

export const scribe: FamilyDef = {
  id: 'scribe',
  products: [
    {
      product: 'Scribe',
      requiredParts: ['camera'],
      parts: [
        {
          vendorId: '046d',
          productId: '08e2',
          part: 'camera',
          name: 'Scribe whiteboard camera',
          mode: 'normal',
          maxSpeed: 'high',
          minFirmware: { version: '1.1.1', source: TEAMS_ROOMS_CERTIFIED },
          readChannels: ['uvc-device-info']
        }
      ]
    }
  ]
}
