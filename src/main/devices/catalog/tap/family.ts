import type { FamilyDef } from '../types'

export const tap: FamilyDef = {
  id: 'tap',
  products: [
    {
      product: 'Tap',
      requiredParts: ['hdmi-capture', 'sensor', 'audio', 'touch', 'display'],
      parts: [
        {
          vendorId: '046d',
          productId: '0876',
          part: 'hdmi-capture',
          name: 'Tap HDMI Capture',
          mode: 'normal',
          readChannels: []
        },
        {
          vendorId: '046d',
          productId: '0872',
          part: 'sensor',
          name: 'Tap Controller (MCU / PIR sensor)',
          mode: 'normal',
          readChannels: ['hid-info']
        },
        {
          vendorId: '046d',
          productId: '0874',
          part: 'audio',
          name: 'Tap Audio',
          mode: 'normal',
          readChannels: []
        },
        {
          vendorId: '222a',
          productId: '0001',
          part: 'touch',
          name: 'Tap Touch Controller (ILITEK)',
          mode: 'normal',
          companion: true,
          readChannels: []
        },
        {
          vendorId: '222a',
          productId: 'ff51',
          part: 'touch',
          name: 'Tap Touch Controller (bootloader)',
          mode: 'bootloader',
          companion: true,
          readChannels: []
        },
        {
          vendorId: '17e9',
          productId: 'ff13',
          part: 'display',
          name: 'Tap Display (DisplayLink)',
          mode: 'normal',
          companion: true,
          readChannels: []
        }
      ]
    }
  ]
}
