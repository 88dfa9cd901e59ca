import { useEffect, useState } from 'react'
import type { LinkState, Transport } from '../transport/transport'

export function useLinkState(transport: Transport): LinkState {
  const [state, setState] = useState<LinkState>(transport.linkState)
  useEffect(() => {
    setState(transport.linkState)
    return transport.onLinkState(setState)
  }, [transport])
  return state
}
