// No devices at all: say what to plug in, per system, and (on Linux) how to grant access.
import type { ReactElement } from 'react'
import { PlugIcon } from '../icons/icons'
import { LinuxAccessHelp } from './LinuxAccessHelp'

const WHAT_TO_CONNECT: ReadonlyArray<readonly [system: string, cable: string]> = [
  ['Rally, Rally Plus', 'the USB cable from the Table Hub to this computer.'],
  ['MeetUp', 'the USB cable from the camera to this computer.'],
  ['Tap', 'its USB cable to this computer.'],
  ['Rally Bar, Rally Bar Mini, Rally Bar Huddle', 'the USB cable from the bar, with the bar set to USB mode (not appliance mode).']
]

export function EmptyState({ udevCommand }: { udevCommand: string | null }): ReactElement {
  return (
    <section className="card empty-state" aria-labelledby="empty-title">
      <div className="empty-state__art" aria-hidden="true">
        <PlugIcon size={40} />
      </div>
      <h2 className="empty-state__title" id="empty-title">
        Connect the room system to this computer
      </h2>
      <p className="empty-state__lead">
        Plug in the USB cable for your system. It appears here as soon as it is connected, no refresh needed.
      </p>
      <ul className="connect-list" aria-label="What to connect">
        {WHAT_TO_CONNECT.map(([system, cable]) => (
          <li key={system}>
            <span className="connect-list__system">{system}</span>
            <span className="connect-list__cable">{cable}</span>
          </li>
        ))}
      </ul>
      {udevCommand ? <LinuxAccessHelp command={udevCommand} /> : null}
    </section>
  )
}
