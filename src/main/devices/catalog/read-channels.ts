// The read channels a part can name in its `readChannels`, by id. How each channel is read, and
// the exact bytes it sends, live once with its reader (firmware/read-firmware.ts,
// `CHANNEL_READERS`, which must have an entry for every id here). This table only says what a
// channel opens: a HID interface (hidraw on Linux) or the USB device (usbfs on Linux), which
// discovery needs to check access before anything is read.
export const READ_CHANNELS = {
  /** HID info report: SET_FEATURE 0x1B command 0x04, GET_FEATURE 0x19 (firmware version). */
  'hid-info': { opens: 'hid' },
  /** Rally audio topology report: GET_FEATURE 0x3E. */
  'rally-topology': { opens: 'hid' },
  /** UVC device-info extension unit (found by GUID): GET_LEN/GET_CUR selector 1. */
  'uvc-device-info': { opens: 'usb' },
  /** Bulk-controller `GetDeviceInfo` on the SYNC interface (Rally Bar family). */
  'bulk-device-info': { opens: 'usb' }
} as const satisfies Record<string, { opens: 'hid' | 'usb' }>

export type ReadChannelId = keyof typeof READ_CHANNELS

export const READ_CHANNEL_IDS = Object.keys(READ_CHANNELS) as ReadChannelId[]
