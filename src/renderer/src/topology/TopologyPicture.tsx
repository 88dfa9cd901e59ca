// The USB topology as a picture: one drawing per host bus (a controller's USB 2 and USB 3 buses
// sit side by side), with a legend. Parts named in a finding can be pointed at from the list.
import type { ReactElement } from 'react'
import type { Finding, TopologyNode } from '../../../shared/contract'
import { TopologyBus, type Locate } from './TopologyBus'
import { TopologyLegend } from './TopologyLegend'

export function TopologyPicture({
  topology,
  findings,
  locate,
  facts = new Map()
}: {
  topology: TopologyNode[]
  findings: readonly Finding[]
  locate: Locate | null
  /** Device id → "serial · fw version", shown in the part's box. */
  facts?: ReadonlyMap<string, string>
}): ReactElement {
  return (
    <section className="card topo-card" aria-labelledby="topology-title">
      <header className="card__head topo-card__head">
        <div>
          <h2 className="card__title" id="topology-title">
            USB connections
          </h2>
          <p className="card__subtitle">
            From the computer through any hubs to each part. Hover or focus a box to see what was found there.
          </p>
        </div>
        <TopologyLegend />
      </header>
      {topology.length ? (
        <div className="topo-buses">
          {topology.map((root) => (
            <TopologyBus key={root.id} root={root} findings={findings} locate={locate} facts={facts} />
          ))}
        </div>
      ) : (
        <p className="muted topo-empty">No room device is connected over USB, so there is nothing to draw.</p>
      )}
    </section>
  )
}
