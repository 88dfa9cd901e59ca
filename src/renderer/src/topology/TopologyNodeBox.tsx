// One box of the USB picture: icon by kind, name, what it is, and a severity badge when any
// finding concerns it. Focusable, with a label that says everything the box and its link show.
import type { ReactElement } from 'react'
import type { TopologyNode } from '../../../shared/contract'
import { worstSeverity } from '../ui/health-model'
import { ABOUT_ABSENT_PARTS } from '../../../shared/wording'
import { SeverityIcon } from '../ui/SeverityIcon'
import { CameraIcon, ComputerIcon, HubIcon, PartIcon, SpeakerIcon } from '../icons/icons'
import type { PlacedNode } from './layout'
import { nodeAriaLabel, nodeSubtitle, speedClass, type NodeFindings } from './node-text'

function KindIcon({ node }: { node: TopologyNode }): ReactElement {
  const at = { x: 12, y: 19, size: 22 }
  if (node.kind === 'host') return <ComputerIcon {...at} />
  if (node.kind === 'hub') return <HubIcon {...at} />
  if (/camera/i.test(node.name)) return <CameraIcon {...at} />
  if (/audio|speaker|mic/i.test(node.name)) return <SpeakerIcon {...at} />
  if (/\bhub\b/i.test(node.name)) return <HubIcon {...at} />
  return <PartIcon {...at} />
}

export interface NodeBoxProps {
  placed: PlacedNode
  findings: NodeFindings
  highlighted: boolean
  /** A part's serial and firmware, so they show without hovering. */
  facts: string | null
  onActive(id: string | null): void
  nodeRef(el: SVGGElement | null): void
}

export function TopologyNodeBox({ placed, findings, highlighted, facts, onActive, nodeRef }: NodeBoxProps): ReactElement {
  const { node, x, y, width, height, lines } = placed
  // How the part itself is doing, as its tile on the Room screen says: a part that only reports an
  // absent one (a Rally Bar listing its Sight as not connected) is not coloured by that absence.
  const worst = worstSeverity([...findings.link, ...findings.other.filter((f) => !ABOUT_ABSENT_PARTS.has(f.check))])
  // A one-line name sits a little lower so short boxes do not look top-heavy.
  const nameTop = lines.length > 1 ? 20 : 26
  const subY = nameTop + (lines.length - 1) * 15 + 18
  const classes = ['topo-node', `topo-node--${node.kind}`, worst ? `topo-node--${worst}` : '', highlighted ? 'topo-node--highlighted' : '']
    .filter(Boolean)
    .join(' ')
  return (
    <g
      ref={nodeRef}
      className={classes}
      transform={`translate(${x} ${y})`}
      tabIndex={0}
      role="img"
      aria-label={nodeAriaLabel(node, findings)}
      data-node-id={node.id}
      data-device-id={node.deviceId ?? undefined}
      data-kind={node.kind}
      data-speed={speedClass(node.speed)}
      data-problem={node.problems.length > 0 ? 'true' : 'false'}
      data-highlighted={highlighted ? 'true' : undefined}
      onMouseEnter={() => onActive(node.id)}
      onMouseLeave={() => onActive(null)}
      onFocus={() => onActive(node.id)}
      onBlur={() => onActive(null)}
    >
      {highlighted ? <rect className="topo-node__halo" x={-5} y={-5} width={width + 10} height={height + 10} rx={14} /> : null}
      <rect className="topo-node__box" width={width} height={height} rx={10} />
      <g className="topo-node__icon">
        <KindIcon node={node} />
      </g>
      {lines.map((line, i) => (
        <text key={i} className="topo-node__name" x={44} y={nameTop + i * 15}>
          {line}
        </text>
      ))}
      <text className={`topo-node__sub${worst ? ` topo-node__sub--${worst}` : ''}`} x={44} y={subY}>
        {nodeSubtitle(node, worst)}
      </text>
      {facts
        ? // Serial and firmware on their own lines: together they are wider than the box.
          facts.split(' · ').map((fact, i) => (
            <text key={i} className="topo-node__facts" x={44} y={subY + 16 + i * 14}>
              {fact}
            </text>
          ))
        : null}
      {worst ? (
        <g className={`topo-node__badge topo-node__badge--${worst}`} transform={`translate(${width - 6} 6)`}>
          <circle r={11} />
          <SeverityIcon severity={worst} size={14} x={-7} y={-7} />
        </g>
      ) : null}
    </g>
  )
}
