// One USB bus drawn as a picture: the computer's bus at the top, hubs, then parts. Hovering or
// focusing a box shows what the checks found about it.
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react'
import type { Finding, TopologyNode } from '../../../shared/contract'
import { allNodes } from '../ui/health-model'
import { SeverityIcon } from '../ui/SeverityIcon'
import { layoutTree } from './layout'
import { hostKind, linkLabel, nodeFindings } from './node-text'
import { TopologyLink } from './TopologyLink'
import { TopologyNodeBox } from './TopologyNodeBox'

export interface Locate {
  deviceId: string
  /** Changes on every request, so pointing at the same part twice moves focus again. */
  seq: number
}

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`

export function TopologyBus({
  root,
  findings,
  locate,
  facts
}: {
  root: TopologyNode
  findings: readonly Finding[]
  locate: Locate | null
  facts: ReadonlyMap<string, string>
}): ReactElement {
  const layout = useMemo(() => layoutTree(root), [root])
  const [active, setActive] = useState<string | null>(null)
  const refs = useRef(new Map<string, SVGGElement>())
  const byNode = useMemo(() => new Map(layout.nodes.map((p) => [p.node.id, nodeFindings(p.node, findings)])), [layout, findings])

  // Act on a new "show in picture" request only, not on every refetched report.
  const handledLocate = useRef<Locate | null>(null)
  useEffect(() => {
    if (!locate || handledLocate.current === locate) return
    const target = layout.nodes.find((p) => p.node.deviceId === locate.deviceId)
    const el = target ? refs.current.get(target.node.id) : undefined
    if (!el) return // not drawn yet: try again when the layout arrives
    handledLocate.current = locate
    const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: calm ? 'auto' : 'smooth' })
    el.focus({ preventScroll: true })
  }, [locate, layout])

  const parts = allNodes([root]).filter((n) => n.kind === 'device').length
  const problemLinks = layout.links.filter((l) => l.node.problems.length > 0).length
  const label = `${root.name} (${hostKind(root)}): ${plural(parts, 'part')}, ${problemLinks ? plural(problemLinks, 'problem link') : 'no problem links'}`
  const activeBox = layout.nodes.find((p) => p.node.id === active)
  const activeFindings = activeBox ? byNode.get(activeBox.node.id) : undefined

  return (
    <figure className="topo-bus" data-bus={root.id}>
      <div className="topo-bus__canvas">
        <svg
          className="topo-svg"
          role="group"
          aria-label={label}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
        >
          {layout.links.map((l) => (
            <TopologyLink key={l.node.id} link={l} problems={byNode.get(l.node.id)?.link ?? []} />
          ))}
          {layout.nodes.map((p) => (
            <TopologyNodeBox
              key={p.node.id}
              placed={p}
              findings={byNode.get(p.node.id) ?? { link: [], other: [] }}
              highlighted={locate !== null && p.node.deviceId === locate.deviceId}
              facts={p.node.deviceId ? (facts.get(p.node.deviceId) ?? null) : null}
              onActive={setActive}
              nodeRef={(el) => {
                if (el) refs.current.set(p.node.id, el)
                else refs.current.delete(p.node.id)
              }}
            />
          ))}
        </svg>
        {activeBox && activeFindings ? (
          <div
            className="topo-tip"
            aria-hidden="true"
            style={{
              left: `${((activeBox.x + activeBox.width / 2) / layout.width) * 100}%`,
              top: `${((activeBox.y + activeBox.height) / layout.height) * 100}%`
            }}
          >
            <p className="topo-tip__name">{activeBox.node.name}</p>
            <p className="topo-tip__link">
              {activeBox.node.kind === 'host'
                ? `Computer · ${hostKind(activeBox.node)}`
                : activeBox.node.speed
                  ? `Link: ${linkLabel(activeBox.node.speed)}`
                  : linkLabel(null)}
            </p>
            {[...activeFindings.link, ...activeFindings.other].length ? (
              <ul className="topo-tip__findings">
                {[...activeFindings.link, ...activeFindings.other].map((f) => (
                  <li key={f.id} className={`topo-tip__finding topo-tip__finding--${f.severity}`}>
                    <SeverityIcon severity={f.severity} size={14} />
                    {f.title}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="topo-tip__ok">No problems found here</p>
            )}
          </div>
        ) : null}
      </div>
    </figure>
  )
}
