// What a device error means for the admin, in plain words. The core's `message` often carries the
// library's own text (LIBUSB_ERROR_IO, "ioctl (GFEATURE): Broken pipe"); that stays available as
// technical detail and in --json, but the main text is always one of these.
import type { DeviceError, DeviceErrorCode } from '../contract'

/** Errors whose message is already the app's own plain-words fix: the permission fix with the exact
 *  command for this machine, and the system's driver report with what to do about it. */
type OwnWords = 'permission' | 'driver'
const ownWords = (e: DeviceError): e is DeviceError & { code: OwnWords } => e.code === 'permission' || e.code === 'driver'

export const ERROR_TITLE: Record<DeviceErrorCode, string> = {
  permission: 'No access to the device',
  descriptor: 'USB descriptors could not be read',
  identity: 'Name or serial was unreadable',
  disconnected: 'Went away while being read',
  read: 'Some details could not be read',
  driver: 'Driver problem reported by the system'
}

const ADVICE: Record<Exclude<DeviceErrorCode, OwnWords>, string> = {
  descriptor:
    'The part answered with damaged or incomplete USB descriptors. Unplug it and plug it back in; if it keeps happening, try another cable and port.',
  identity:
    'The part sent a name or serial number that could not be read cleanly, so it is shown as far as it could be read. This alone does not stop the part from working.',
  disconnected: 'The part disconnected while the app was reading it. Check its cable, then run the check again.',
  read: "The app could not read all of this part's details, such as its firmware version. Run the check again; if it keeps failing, unplug the part and plug it back in."
}

/** The main text for an error: the app's own words where the message already is them. */
export function errorAdvice(e: DeviceError): string {
  return ownWords(e) ? e.message : ADVICE[e.code as Exclude<DeviceErrorCode, OwnWords>]
}

/** The library's own words, for technical details; null when the main text already is the message. */
export function errorTechnical(e: DeviceError): string | null {
  return ownWords(e) ? null : e.message
}
