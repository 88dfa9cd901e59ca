import { describe, expect, it } from 'vitest'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { CommandLines, splitCommand } from './DeviceErrorMessage'

describe('splitCommand', () => {
  it('sets the Linux permission fix apart from the prose around it', () => {
    const message =
      'This app cannot open /dev/hidraw1 (permission denied). Install the udev rule that ships with the app: ' +
      'sudo cp resources/linux/70-logi-room-diagnostics.rules /etc/udev/rules.d/70-logi-room-diagnostics.rules ' +
      '&& sudo udevadm control --reload-rules, then unplug the device and plug it back in.'
    expect(splitCommand(message)).toEqual({
      before: 'This app cannot open /dev/hidraw1 (permission denied). Install the udev rule that ships with the app:',
      command:
        'sudo cp resources/linux/70-logi-room-diagnostics.rules /etc/udev/rules.d/70-logi-room-diagnostics.rules && sudo udevadm control --reload-rules',
      after: 'then unplug the device and plug it back in.'
    })
  })

  it('leaves a message without a command alone', () => {
    expect(splitCommand('The serial number is not valid UTF-8.')).toEqual({
      before: 'The serial number is not valid UTF-8.',
      command: null,
      after: ''
    })
  })
})

describe('CommandLines', () => {
  it('keeps every word whole and breaks paths only after a slash (never after the leading one)', () => {
    const command =
      'sudo cp /opt/app/resources/linux/70-logi-room-diagnostics.rules /etc/udev/rules.d/70-logi-room-diagnostics.rules && sudo udevadm control --reload-rules'
    const html = renderToStaticMarkup(createElement(CommandLines, { command }))
    const pieces = [...html.matchAll(/<span class="command__piece">([^<]*)<\/span>/g)].map((m) => m[1])
    expect(pieces).toEqual([
      'sudo',
      'cp',
      '/opt/',
      'app/',
      'resources/',
      'linux/',
      '70-logi-room-diagnostics.rules',
      '/etc/',
      'udev/',
      'rules.d/',
      '70-logi-room-diagnostics.rules',
      'sudo',
      'udevadm',
      'control',
      '--reload-rules'
    ])
    // The only break points inside a word are after its slashes.
    expect(html.match(/<wbr\/>/g)).toHaveLength(7)
    expect(html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&')).toBe(command.replace(' && ', ' &&'))
  })
})
