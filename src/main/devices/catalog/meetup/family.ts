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
          vendorId: '046d', productId: '0866', part: 'camera', name: 'MeetUp Camera', mode: 'normal',
          // Real captures: 3086-byte config with SS companions at SuperSpeed, 2380 bytes at High-Speed.
          maxSpeed: 'super', wantsSpeed: 'super',
          minFirmware: { version: '1.0.156', source: TEAMS_ROOMS_CERTIFIED },
          readChannels: [
            { kind: 'sysfs-strings' },
            { kind: 'uvc-xu', guid: '69678ee4-410f-40db-a850-7420d7d8240e', selector: 1, length: 4 }
          ]
        },
        {
          vendorId: '046d', productId: '0867', part: 'speakerphone', name: 'MeetUp Speakerphone', mode: 'normal',
          maxSpeed: 'full',
          minFirmware: { version: '1.0.172', source: TEAMS_ROOMS_CERTIFIED },
          readChannels: [
            { kind: 'sysfs-strings' },
            { kind: 'hid-feature-info', setReport: 0x1b, getReport: 0x19, commands: { firmware: 0x04 } }
          ]
        },
        {
          vendorId: '046d', productId: '0859', part: 'speakerphone', name: 'MeetUp Speakerphone (firmware update mode)', mode: 'update',
          readChannels: [{ kind: 'sysfs-strings' }]
        },
        {
          vendorId: '046d', productId: '086a', part: 'aux', name: 'MeetUp auxiliary function', mode: 'normal',
          readChannels: [{ kind: 'sysfs-strings' }],
          unconfirmed: 'a third MeetUp function seen in one user report; its role is unknown'
        }
      ]
    }
  ]
}
