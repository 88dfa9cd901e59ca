import type { FamilyDef } from '../types'

export const rally: FamilyDef = {
  id: 'rally',
  products: [
    {
      // Rally and Rally Plus present the same USB parts; the Plus differs only in Mic Pods and
      // speakers, which are not USB devices (they appear in the audio topology report).
      product: 'Rally',
      requiredParts: ['camera', 'table-hub', 'audio'],
      // The Rally has no microphones or speakers of its own: without a connected Mic Pod or
      // speaker the room cannot be heard or hear. The audio part's topology report lists them.
      peripherals: {
        report: 'topology report',
        parts: [
          {
            part: 'mic-pod',
            name: 'Mic Pod',
            expected: 'required',
            without: 'the room has no microphones',
            connect: 'Connect the Mic Pods to the Table Hub (or to a Mic Pod Hub on the Table Hub)'
          },
          {
            part: 'speaker',
            name: 'speaker',
            expected: 'required',
            without: 'the room has no sound',
            connect: 'Connect the speakers to the Display Hub'
          }
        ]
      },
      parts: [
        {
          vendorId: '046d',
          productId: '0881',
          part: 'camera',
          name: 'Rally Camera',
          mode: 'normal',
          maxSpeed: 'super',
          wantsSpeed: 'super',
          readChannels: ['uvc-device-info'],
          unconfirmed: 'device-info XU on 0881 is inferred from MeetUp'
        },
        {
          vendorId: '046d',
          productId: '088f',
          part: 'table-hub',
          name: 'Rally Table Hub',
          mode: 'normal',
          // Its version comes from the audio's topology report; the bulk ReadVersion needs the
          // Init command first, which is on the never-send list (README).
          readChannels: []
        },
        {
          vendorId: '046d',
          productId: '0885',
          part: 'audio',
          name: 'Rally Audio (Display Hub)',
          mode: 'normal',
          readChannels: ['hid-info', 'rally-topology']
        },
        {
          vendorId: '046d',
          productId: '0886',
          part: 'audio',
          name: 'Rally Audio (firmware update mode)',
          mode: 'update',
          readChannels: []
        }
      ]
    }
  ]
}
