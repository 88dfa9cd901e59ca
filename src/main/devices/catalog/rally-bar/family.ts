import type { FamilyDef, PartDef, ProductPeripherals } from '../types'

// All of these speak the "bulk controller" protocol on their SYNC interface (class ff/76/01).
const bar = (productId: string, name: string, wantsSpeed?: 'super'): PartDef => ({
  vendorId: '046d',
  productId,
  part: 'bar',
  name,
  mode: 'normal',
  ...(wantsSpeed ? { maxSpeed: wantsSpeed, wantsSpeed } : {}),
  readChannels: ['bulk-device-info']
})
const audio = (productId: string, name: string): PartDef => ({
  vendorId: '046d',
  productId,
  part: 'audio',
  name,
  mode: 'normal',
  readChannels: []
})

// The bar lists Sight and Mic Pods in its device-info JSON once they have been set up with it. Both
// are add-ons: the bar has its own camera and microphones, so one never set up is not listed and
// not missed; one listed but not connected is a room that lost part of what it was set up with.
const barPeripherals = (bar: string): ProductPeripherals => ({
  report: 'device info',
  parts: [
    {
      part: 'camera',
      name: 'Sight',
      expected: 'optional',
      without: `the room has only the ${bar}'s own camera view`,
      connect: `Check that Sight has power and that its cable to the ${bar} is seated at both ends`
    },
    {
      part: 'mic-pod',
      name: 'Mic Pod',
      expected: 'optional',
      without: `only the ${bar}'s built-in microphones pick up the room`,
      connect: `Check the Mic Pod cables to the ${bar} (and to the Mic Pod Hub, if there is one)`
    }
  ]
})

export const rallyBar: FamilyDef = {
  id: 'rally-bar',
  products: [
    // The real Rally Bar capture ran at SuperSpeed (bulk wMaxPacketSize 1024, bcdUSB 3.20).
    {
      product: 'Rally Bar',
      requiredParts: ['bar'],
      parts: [bar('089b', 'Rally Bar', 'super'), audio('0898', 'Rally Bar Audio')],
      peripherals: barPeripherals('Rally Bar')
    },
    {
      product: 'Rally Bar Mini',
      requiredParts: ['bar'],
      parts: [bar('08d3', 'Rally Bar Mini'), audio('08d2', 'Rally Bar Mini Audio')],
      peripherals: barPeripherals('Rally Bar Mini')
    },
    // Huddle's camera and audio share one PID.
    { product: 'Rally Bar Huddle', requiredParts: ['bar'], parts: [bar('087c', 'Rally Bar Huddle')] },
    {
      product: 'Sight',
      requiredParts: ['camera'],
      parts: [{ ...bar('087a', 'Sight table camera'), part: 'camera' }]
    }
  ]
}
