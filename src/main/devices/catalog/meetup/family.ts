import type { FamilyDef } from '../types'
import { TEAMS_ROOMS_CERTIFIED } from '../sources'

export const meetup: FamilyDef = {
  id: 'meetup',
  products: [
    {
      product: 'MeetUp',
      requiredParts: ['camera', 'speakerphone'],
      parts: [
        {
          vendorId: '046d',
          productId: '0866',
          part: 'camera',
          name: 'MeetUp Camera',
          mode: 'normal',
          // Real captures: 3086-byte config with SS companions at SuperSpeed, 2380 bytes at High-Speed.
          maxSpeed: 'super',
          wantsSpeed: 'super',
          minFirmware: { version: '1.0.156', source: TEAMS_ROOMS_CERTIFIED },
          readChannels: ['uvc-device-info']
        },
        {
          vendorId: '046d',
          productId: '0867',
          part: 'speakerphone',
          name: 'MeetUp Speakerphone',
          mode: 'normal',
          maxSpeed: 'full',
          minFirmware: { version: '1.0.172', source: TEAMS_ROOMS_CERTIFIED },
          readChannels: ['hid-info']
        },
        {
          vendorId: '046d',
          productId: '0859',
          part: 'speakerphone',
          name: 'MeetUp Speakerphone (firmware update mode)',
          mode: 'update',
          readChannels: []
        },
        {
          vendorId: '046d',
          productId: '086a',
          part: 'aux',
          name: 'MeetUp auxiliary function',
          mode: 'normal',
          readChannels: [],
          unconfirmed: 'a third MeetUp function seen in one user report; its role is unknown'
        }
      ]
    }
  ]
}
