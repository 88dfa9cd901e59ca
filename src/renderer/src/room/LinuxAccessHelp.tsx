// Linux hands USB device nodes to root unless a udev rule says otherwise. Detection works
// without it; firmware and detail reads need it. The rule file ships with the app.
import type { ReactElement } from 'react'
import { CopyButton } from '../clipboard/CopyButton'
import { LinuxIcon } from '../icons/icons'

export const UDEV_RULE_FILE = '70-logi-room-diagnostics.rules'
export const UDEV_RULE_SOURCE = `resources/linux/${UDEV_RULE_FILE}`
export const UDEV_COMMANDS = [`sudo cp ${UDEV_RULE_SOURCE} /etc/udev/rules.d/`, 'sudo udevadm control --reload-rules'].join('\n')

export function LinuxAccessHelp(): ReactElement {
  return (
    <section className="help-block" aria-labelledby="linux-access-title">
      <h3 className="help-block__title" id="linux-access-title">
        <LinuxIcon size={18} />
        On Linux: let this app read the devices
      </h3>
      <p>
        Linux lets only the administrator open USB devices unless a udev rule allows it. Devices are listed without it, but reading
        firmware and other details needs it. The rule ships with this app as{' '}
        <code>{UDEV_RULE_SOURCE}</code>. Copy it to <code>/etc/udev/rules.d/</code> and reload the rules:
      </p>
      <div className="command command--block">
        <pre className="command__text">{UDEV_COMMANDS}</pre>
        <CopyButton value={UDEV_COMMANDS} label="Copy the udev commands" text="Copy" className="button button--secondary button--small" />
      </div>
      <p>Then unplug the devices and plug them back in.</p>
    </section>
  )
}
