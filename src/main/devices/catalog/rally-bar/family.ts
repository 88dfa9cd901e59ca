import type { FamilyDef, PartDef } from '../types'

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

export const rallyBar: FamilyDef = {
  id: 'rally-bar',
  products: [
    // The real Rally Bar capture ran at SuperSpeed (bulk wMaxPacketSize 1024, bcdUSB 3.20).
    { product: 'Rally Bar', requiredParts: ['bar'], parts: [bar('089b', 'Rally Bar', 'super'), audio('0898', 'Rally Bar Audio')] },
    { product: 'Rally Bar Mini', requiredParts: ['bar'], parts: [bar('08d3', 'Rally Bar Mini'), audio('08d2', 'Rally Bar Mini Audio')] },
    // Huddle's camera and audio share one PID.
    { product: 'Rally Bar Huddle', requiredParts: ['bar'], parts: [bar('087c', 'Rally Bar Huddle')] },
    {
      product: 'Sight',
      requiredParts: ['camera'],
      parts: [{ ...bar('087a', 'Sight table camera'), part: 'camera' }]
    }
  ]
}
