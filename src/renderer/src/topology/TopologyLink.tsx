// One cable of the USB picture: coloured and weighted by speed, dashed and marked with an icon
// when a finding concerns it, with its speed written on a label next to the part it leads to.
import type { ReactElement } from 'react'
import type { Finding } from '../../../shared/contract'
import { worstSeverity } from '../ui/health-model'
import { SeverityIcon } from '../ui/SeverityIcon'
import type { PlacedLink } from './layout'
import { linkLabel, speedClass } from './node-text'

/** Rough width of the label text at 11.5px semibold; SVG text does not size its own box. */
const textWidth = (s: string): number => Math.ceil(s.length * 6.5)

export function TopologyLink({ link, problems }: { link: PlacedLink; problems: Finding[] }): ReactElement {
  const cls = speedClass(link.node.speed)
  const problem = link.node.problems.length > 0
  const severity = worstSeverity(problems) ?? 'error'
  const text = linkLabel(link.node.speed)
  const iconW = problem ? 16 : 0
  const w = textWidth(text) + 18 + iconW
  const classes = ['topo-link', `topo-link--${cls}`, problem ? `topo-link--problem topo-link--${severity}` : ''].filter(Boolean).join(' ')
  return (
    <g className={classes} data-link-to={link.node.id} data-speed={cls} data-problem={problem ? 'true' : 'false'} aria-hidden="true">
      {problem ? <path className="topo-link__glow" d={link.path} /> : null}
      <path className="topo-link__line" d={link.path} />
      <g className="topo-link__label" transform={`translate(${link.label.x} ${link.label.y})`}>
        <rect x={-w / 2} y={-10} width={w} height={20} rx={10} />
        {problem ? <SeverityIcon severity={severity} size={13} x={-w / 2 + 7} y={-6.5} /> : null}
        <text x={iconW / 2} y={4} textAnchor="middle">
          {text}
        </text>
      </g>
    </g>
  )
}
