// One page of one file's redacted text, fetched when the file, the page or the content (a
// re-filter) changes. Only this page is ever held: a 2 GB log costs the same as a small one.
import { useEffect, useState } from 'react'
import type { FilePage } from '../../../shared/contract'
import type { Transport } from '../transport/transport'
import { PAGE_BYTES } from './page-size'

export type PageState = { phase: 'loading' } | { phase: 'error'; error: unknown } | { phase: 'ready'; page: FilePage }

export function useFilePage(
  transport: Transport,
  collectionId: string,
  fileId: string,
  offset: number,
  revision: number,
  attempt: number
): PageState {
  const [state, setState] = useState<PageState>({ phase: 'loading' })
  useEffect(() => {
    let alive = true
    setState({ phase: 'loading' })
    transport.call('bundle.page', { collectionId, fileId, offset, maxBytes: PAGE_BYTES }).then(
      (page) => alive && setState({ phase: 'ready', page }),
      (error: unknown) => alive && setState({ phase: 'error', error })
    )
    return () => {
      alive = false
    }
  }, [transport, collectionId, fileId, offset, revision, attempt])
  return state
}
