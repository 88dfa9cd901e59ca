import type { ReactElement } from 'react'
import { AttentionIcon, BlockedIcon, MissingIcon, OkIcon } from '../icons/icons'
import type { PartStatus } from './device-format'

/** One shape per status, so status never rests on colour alone. */
export function StatusIcon({ status, size = 18 }: { status: PartStatus; size?: number }): ReactElement {
  switch (status) {
    case 'ok':
      return <OkIcon size={size} />
    case 'attention':
      return <AttentionIcon size={size} />
    case 'blocked':
      return <BlockedIcon size={size} />
    case 'missing':
      return <MissingIcon size={size} />
  }
}
