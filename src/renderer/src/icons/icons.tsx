// Line icons drawn inline (no icon font, nothing fetched). Status icons differ in shape, not
// only colour: check in a circle, triangle, padlock, dashed circle.
import type { ReactElement, ReactNode, SVGProps } from 'react'

type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'> & { size?: number }

function Svg({ size = 16, children, ...rest }: IconProps & { children: ReactNode }): ReactElement {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {children}
    </svg>
  )
}

export const OkIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="9.5" />
    <path d="m7.5 12.5 3 3 6-6.5" />
  </Svg>
)

export const AttentionIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <path d="M10.3 3.9 2.4 17.6A2 2 0 0 0 4.1 20.6h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />
    <path d="M12 9v4.5" />
    <path d="M12 17h.01" />
  </Svg>
)

export const BlockedIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <rect x="4.5" y="10.5" width="15" height="10" rx="2" />
    <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
  </Svg>
)

export const MissingIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="9.5" strokeDasharray="3.2 2.6" />
    <path d="M12 7.5v5.5" />
    <path d="M12 16.5h.01" />
  </Svg>
)

export const CopyIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <rect x="8.5" y="8.5" width="12" height="12" rx="2" />
    <path d="M15.5 8.5V5.5a2 2 0 0 0-2-2h-8a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h3" />
  </Svg>
)

export const CheckIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <path d="m5 12.5 4.5 4.5L19 7.5" />
  </Svg>
)

export const PlugIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <path d="M9 2.5v5" />
    <path d="M15 2.5v5" />
    <path d="M6 7.5h12v3a6 6 0 0 1-12 0v-3Z" />
    <path d="M12 16.5v5" />
  </Svg>
)

export const RemoteIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <rect x="2.5" y="4" width="19" height="13" rx="2" />
    <path d="M8 21h8" />
    <path d="M12 17v4" />
    <path d="M9.5 10.5a3.5 3.5 0 0 1 5 0" />
    <path d="M11 12.5a1.4 1.4 0 0 1 2 0" />
  </Svg>
)

export const UsbIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <circle cx="12" cy="19" r="2" />
    <path d="M12 17V4" />
    <path d="m9.5 6.5 2.5-3 2.5 3" />
    <path d="M12 13.5 7 11V8.5" />
    <path d="M12 11.5l5-2.5V7" />
    <rect x="6" y="6.5" width="2" height="2" />
    <circle cx="17" cy="6" r="1" />
  </Svg>
)

export const LinuxIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <path d="m7 9 3 3-3 3" />
    <path d="M12.5 15H17" />
  </Svg>
)

export const RetryIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <path d="M20 11a8 8 0 1 0-2.3 5.7" />
    <path d="M20 4.5V11h-6.5" />
  </Svg>
)

export const CloseIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <path d="M6 6l12 12" />
    <path d="M18 6 6 18" />
  </Svg>
)

/** Error: an octagon with a cross, so it differs in shape from the warning triangle. */
export const ErrorIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <path d="M8.1 2.5h7.8l5.6 5.6v7.8l-5.6 5.6H8.1l-5.6-5.6V8.1Z" />
    <path d="m9 9 6 6" />
    <path d="m15 9-6 6" />
  </Svg>
)

/** Note: a circle with an "i". */
export const InfoIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="9.5" />
    <path d="M12 11v5.5" />
    <path d="M12 7.5h.01" />
  </Svg>
)

export const FixIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <path d="M14.7 6.3a4 4 0 0 0 5 5l-9.4 9.4a2.1 2.1 0 0 1-3-3Z" />
    <path d="M14.7 6.3 17 4l3 3-2.3 2.3" />
  </Svg>
)

export const LocateIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="7" />
    <circle cx="12" cy="12" r="2" />
    <path d="M12 2v3" />
    <path d="M12 19v3" />
    <path d="M2 12h3" />
    <path d="M19 12h3" />
  </Svg>
)

export const ComputerIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <rect x="3" y="4" width="18" height="12" rx="2" />
    <path d="M8 20h8" />
    <path d="M12 16v4" />
  </Svg>
)

export const HubIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <rect x="3" y="9" width="18" height="7" rx="2" />
    <path d="M7 12.5h.01" />
    <path d="M11 12.5h.01" />
    <path d="M15 12.5h.01" />
    <path d="M12 9V4" />
    <path d="M7 16v4" />
    <path d="M17 16v4" />
  </Svg>
)

export const CameraIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <rect x="2.5" y="6.5" width="13" height="11" rx="2" />
    <path d="m15.5 10.5 6-3.5v10l-6-3.5" />
  </Svg>
)

export const SpeakerIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4Z" />
    <path d="M15.5 9a4 4 0 0 1 0 6" />
    <path d="M18.5 6.5a7.5 7.5 0 0 1 0 11" />
  </Svg>
)

export const PartIcon = (p: IconProps): ReactElement => (
  <Svg {...p}>
    <rect x="4" y="5" width="16" height="14" rx="3" />
    <path d="M8.5 15.5h7" />
  </Svg>
)
