// One icon per stage status, each its own shape (check, spinner, dashed circle, octagon, "i"),
// so the list reads without colour.
import type { ReactElement } from 'react'
import type { StageStatus } from '../../../shared/contract'
import { CloseIcon, ErrorIcon, InfoIcon, MissingIcon, OkIcon } from '../icons/icons'

export function StageIcon({ status }: { status: StageStatus }): ReactElement {
  switch (status) {
    case 'ok':
      return <OkIcon size={18} />
    case 'running':
      return <span className="spinner stage__spinner" aria-hidden="true" />
    case 'pending':
      return <MissingIcon size={18} />
    case 'failed':
      return <ErrorIcon size={18} />
    case 'skipped':
      return <InfoIcon size={18} />
    case 'cancelled':
      return <CloseIcon size={18} />
  }
}
