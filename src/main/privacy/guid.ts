// A GUID written the usual way, `8-4-4-4-12` hex digits: the shape of directory and device ids
// (`ObjectId`, `deviceId`, Teams' `8:orgid:…`) and of the stores and components that stay.
export const GUID_SOURCE = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}'

/** `value` is a whole GUID, in braces or not (`{…}` as the registry writes it). */
export function isGuid(value: string): boolean {
  return WHOLE_GUID.test(value)
}
const WHOLE_GUID = new RegExp(`^(?:${GUID_SOURCE}|\\{${GUID_SOURCE}\\})$`)
