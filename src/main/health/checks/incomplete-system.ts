import type { Finding } from '../../../shared/contract'
import { findProduct } from '../../devices/catalog'
import type { Check } from '../context'

const PART_ADVICE: Record<string, string> = {
  camera: 'the camera',
  'table-hub': 'the Table Hub',
  audio: 'the audio (Display Hub)',
  speakerphone: 'the speakerphone',
  'hdmi-capture': "the Tap's HDMI capture",
  sensor: "the Tap's controller",
  touch: "the Tap's touch screen controller",
  display: "the Tap's display",
  bar: 'the bar'
}

const FIX: Record<string, string> = {
  Rally: 'Check the cables: the Rally Camera connects to the Display Hub, the Display Hub to the Table Hub (CAT cable), and the Table Hub to the computer (USB). Make sure the Display Hub has power.',
  MeetUp: 'Connect the MeetUp speakerphone cable to the camera, and the camera\'s USB cable to the computer. Check that the MeetUp has power.',
  Tap: 'Reseat the Tap\'s USB and HDMI cables at both ends (or the Tap\'s cable retention cover) and check that the Tap has power.'
}

export const incompleteSystem: Check = (ctx) => {
  const findings: Finding[] = []
  for (const s of ctx.systems) {
    if (s.missing.length > 0) {
      const names = s.missing.map((p) => PART_ADVICE[p] ?? p)
      const standaloneCamera = s.product === 'Rally' && s.missing.includes('table-hub') && s.missing.includes('audio')
      findings.push({
        id: `incomplete-system:${s.id}`,
        check: 'incomplete-system',
        severity: standaloneCamera ? 'warning' : 'error',
        devices: s.parts,
        title: `${s.product}: ${names.join(', ')} not found`,
        detail:
          `The ${s.product} is connected, but ${names.join(' and ')} ${s.missing.length > 1 ? 'are' : 'is'} missing from USB.` +
          (standaloneCamera ? ' If this Rally Camera is used on its own (without Rally audio), this is expected.' : ''),
        fix: FIX[s.product] ?? `Check that every part of the ${s.product} is connected and powered.`
      })
    }
    const product = findProduct(s.product)
    const reported = s.peripherals.filter((p) => p.reportedBy && (p.part === 'mic-pod' || p.part === 'speaker'))
    if (product?.product === 'Rally' && reported.length > 0) {
      const pods = s.peripherals.filter((p) => p.part === 'mic-pod' && p.connected)
      const speakers = s.peripherals.filter((p) => p.part === 'speaker' && p.connected)
      if (pods.length === 0 || speakers.length === 0) {
        const what = [pods.length === 0 ? 'no Mic Pod' : null, speakers.length === 0 ? 'no speaker' : null].filter(Boolean).join(' and ')
        findings.push({
          id: `rally-peripherals:${s.id}`,
          check: 'incomplete-system',
          severity: 'warning',
          devices: s.parts,
          title: `Rally reports ${what} connected`,
          detail: `The Rally audio reports ${what} connected. Without them the room has no microphones or no sound.`,
          fix: 'Connect the Mic Pods to the Table Hub (or a Mic Pod Hub) and the speakers to the Display Hub, then wait a few seconds.'
        })
      }
    }
  }
  return findings
}
