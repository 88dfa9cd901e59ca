import type { ReactElement } from 'react'
import type { Severity } from '../../../shared/contract'
import { AttentionIcon, ErrorIcon, InfoIcon } from '../icons/icons'

interface Props {
  severity: Severity
  size?: number
  className?: string
  /** Position when drawn inside an SVG picture. */
  x?: number
  y?: number
}

/** One shape per severity: octagon (error), triangle (warning), circle (note). */
export function SeverityIcon({ severity, size = 18, ...rest }: Props): ReactElement {
  switch (severity) {
    case 'error':
      return <ErrorIcon size={size} {...rest} />
    case 'warning':
      return <AttentionIcon size={size} {...rest} />
    case 'info':
      return <InfoIcon size={size} {...rest} />
  }
}
