// Linux hands USB device nodes to root unless a udev rule says otherwise. Detection works
// without it; firmware and detail reads need it. The rule file ships with the app.
import type { ReactElement } from 'react'
import { CopyButton } from '../clipboard/CopyButton'
import { LinuxIcon } from '../icons/icons'
import { CommandLines } from './DeviceErrorMessage'

export const UDEV_RULE_FILE = '70-logi-room-diagnostics.rules'

/** `command` is the core's exact install command for this machine (AppInfo.udevInstallCommand). */
export function LinuxAccessHelp({ command }: { command: string }): ReactElement {
  return (
    <section className="help-block" aria-labelledby="linux-access-title">
      <h3 className="help-block__title" id="linux-access-title">
        <LinuxIcon size={18} />
        On Linux: let this app read the devices
      </h3>
      <p>
        Linux lets only the administrator open USB devices unless a udev rule allows it. Devices are listed without it, but reading firmware
        and other details needs it. The rule (<code className="whole">{UDEV_RULE_FILE}</code>) ships with this app. Install it into{' '}
        <code className="whole">/etc/udev/rules.d/</code> and reload the rules:
      </p>
      <div className="command command--block">
        <CommandLines command={command} />
        <CopyButton value={command} label="Copy the udev commands" text="Copy" className="button button--secondary button--small" />
      </div>
      <p>Then unplug the devices and plug them back in.</p>
    </section>
  )
}
