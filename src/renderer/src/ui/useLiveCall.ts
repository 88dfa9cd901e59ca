// One call's answer, kept current: events only say *that* the room changed, so every
// `devices.changed` (and every return to `live`, after which events may have been missed) leads
// to one coalesced refetch. A failed refetch keeps the last good answer on screen and says it may
// be out of date.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { CallInput, CallName, CallOutput, DeviceEvent } from '../../../shared/contract'
import type { Transport } from '../transport/transport'
import { coalesce } from './coalesce'

export type LiveState<T> =
  { phase: 'loading' } | { phase: 'error'; error: unknown } | { phase: 'ready'; value: T; refreshError: unknown; loadedAt: Date }

/** Calls that take no input: the ones whose answer describes the room as it is now. */
export type LiveCallName = { [N in CallName]: undefined extends CallInput<N> ? N : never }[CallName]

export interface LiveCall<T> {
  state: LiveState<T>
  /** After an error: show loading and try again. */
  retry(): void
  /** Runs another call that answers the same thing (e.g. a re-check) and shows its answer. */
  replace(load: () => Promise<T>): Promise<void>
}

export function useLiveCall<N extends LiveCallName>(
  transport: Transport,
  name: N,
  onDevicesChanged?: (event: DeviceEvent) => void
): LiveCall<CallOutput<N>> {
  const [state, setState] = useState<LiveState<CallOutput<N>>>({ phase: 'loading' })
  // The latest callback, without re-subscribing to the transport when it changes.
  const onChange = useRef(onDevicesChanged)
  useEffect(() => {
    onChange.current = onDevicesChanged
  })

  const show = useCallback(async (load: () => Promise<CallOutput<N>>) => {
    try {
      const value = await load()
      setState({ phase: 'ready', value, refreshError: null, loadedAt: new Date() })
    } catch (error) {
      setState((prev) => (prev.phase === 'ready' ? { ...prev, refreshError: error } : { phase: 'error', error }))
    }
  }, [])

  const refetch = useMemo(() => coalesce(() => show(() => transport.call(name, undefined as CallInput<N>))), [transport, name, show])

  useEffect(() => {
    const offEvent = transport.on('devices.changed', (e) => {
      onChange.current?.(e)
      refetch.trigger()
    })
    const offLink = transport.onLinkState((s) => {
      if (s === 'live') refetch.trigger()
    })
    refetch.trigger()
    return () => {
      offEvent()
      offLink()
    }
  }, [transport, refetch])

  const retry = useCallback(() => {
    setState((prev) => (prev.phase === 'error' ? { phase: 'loading' } : prev))
    refetch.trigger()
  }, [refetch])

  return { state, retry, replace: show }
}
