// Short lines about what just happened ("Rally Camera connected"), shown as toasts and read out
// by screen readers. Each line fades after a few seconds; a burst keeps only the latest few.
import { useCallback, useEffect, useRef, useState } from 'react'
import { displayName } from '../../../shared/room/device-format'
import type { Transport } from '../transport/transport'

export interface Announcement {
  id: number
  text: string
  tone: 'arrived' | 'left'
}

export const ANNOUNCEMENT_MS = 5000
const MAX_VISIBLE = 4

export function useAnnouncements(transport: Transport): { items: Announcement[]; dismiss(id: number): void } {
  const [items, setItems] = useState<Announcement[]>([])
  const nextId = useRef(1)

  const dismiss = useCallback((id: number) => setItems((prev) => prev.filter((a) => a.id !== id)), [])

  useEffect(() => {
    const timers = new Set<ReturnType<typeof setTimeout>>()
    const off = transport.on('devices.changed', (e) => {
      // An update (firmware read, details) is not news to announce; the screen just refreshes.
      if (e.event === 'update') return
      const id = nextId.current++
      const name = displayName(e.device)
      const item: Announcement =
        e.event === 'attach' ? { id, text: `${name} connected`, tone: 'arrived' } : { id, text: `${name} disconnected`, tone: 'left' }
      setItems((prev) => [...prev, item].slice(-MAX_VISIBLE))
      const t = setTimeout(() => {
        timers.delete(t)
        dismiss(id)
      }, ANNOUNCEMENT_MS)
      timers.add(t)
    })
    return () => {
      off()
      for (const t of timers) clearTimeout(t)
    }
  }, [transport, dismiss])

  return { items, dismiss }
}
