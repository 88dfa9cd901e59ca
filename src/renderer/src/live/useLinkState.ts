// Whether live updates are flowing, read straight from the transport (which owns the state).
import { useCallback, useSyncExternalStore } from 'react'
import type { LinkState, Transport } from '../transport/transport'

export function useLinkState(transport: Transport): LinkState {
  const subscribe = useCallback((onChange: () => void) => transport.onLinkState(onChange), [transport])
  return useSyncExternalStore(subscribe, () => transport.linkState)
}
