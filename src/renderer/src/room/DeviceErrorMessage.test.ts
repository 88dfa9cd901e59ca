import { describe, expect, it } from 'vitest'
import { splitCommand } from './DeviceErrorMessage'

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
