import type { Rule } from '../types'
import { rewrite } from '../rewrite'
import { GUID_SOURCE } from '../guid'

// Windows device instance paths end in the device's own serial when it reports one
// (`USB\VID_0BDA&PID_8153\000001E0C1A2`, `\\?\USB#VID_0781&PID_5581#4C530001230604102390#{…}`,
// `USBSTOR\Disk&Ven_SanDisk&Prod_Cruzer&Rev_1.00\4C530001230604102390&0`); without one, Windows
// makes up an id from the port (`5&2a1b3c4d&0&3`), which holds `&` and says nothing about the
// device. The vendor and product ids are support data; the serial of a device that is not
// Logitech's is not (Logitech serials are kept, as everywhere).
const END = String.raw`(?=&\d(?![\w&])|[\\#\s"'<>,;)\]}|]|$)`
const INSTANCE = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:(?:USB|HID|BTHENUM|SWD|WPDBUSENUM)(\\{1,2}|#)VID_([0-9A-Fa-f]{4})[^\\#\s"'<>]*\1([A-Za-z0-9_.-]{4,64})|USBSTOR(\\{1,2}|#)[^\\#\s"'<>]{1,200}\4([A-Za-z0-9_.-]{4,64}))${END}`,
  'gm'
)

// Device ids with a shape of their own, each tried only when its hint is in the text:
//  - Configuration Manager names a client by `GUID:` glued to its id (`Server assigned ClientID is
//    GUID:8E2F4C1A-…`, `SMSID=GUID:…`): the machine's identity in the site, as a serial is (group 1; the prefix stays);
//  - Windows names an installation by its product id (systeminfo's `Product ID: 00330-80126-44391-AA275`,
//    Get-ComputerInfo's `WindowsProductId`, `OsSerialNumber`): five, five and five digits, two capitals, three digits;
//  - Cisco Meraki names each device by a serial of its own shape (`Q3AB-2LPC-8T9V`, `Q2ZN-8H4R-W3KC`).
const SHAPED_IDS: ReadonlyArray<{ hint: RegExp; pattern: RegExp }> = [
  { hint: /GUID:/, pattern: new RegExp(`(?<![\\w-])GUID:(${GUID_SOURCE})(?![\\w-])`, 'g') },
  { hint: /-[A-Z]{2}\d{3}(?![\w-])/, pattern: /(?<![\w-])\d{5}-\d{5}-\d{5}-[A-Z]{2}\d{3}(?![\w-])/g },
  { hint: /Q[2-5][A-Z0-9]{2}-/, pattern: /(?<![\w-])Q[2-5][A-Z0-9]{2}-[A-Z0-9]{4}-[A-Z0-9]{4}(?![\w-])/g }
]

export const hardwareIdRule: Rule = {
  id: 'hardware-id',
  category: 'device-identifier',
  kind: 'serial',
  detector:
    "the instance part of a Windows device path (`USB\\VID_xxxx&PID_xxxx\\<serial>`, `#`-separated interface paths, USBSTOR disks) when it is a serial (no `&`); Logitech (VID 046d) and inventory serials kept; a Configuration Manager client id (`GUID:` glued to a GUID), a Windows product id (`00330-80126-44391-AA275`), a Meraki device's serial (`Q3AB-2LPC-8T9V`)",
  replacement: 'the serial → <serial-N>; the path, VID and PID stay',
  gate: (t) => t.includes('VID_') || t.includes('USBSTOR') || SHAPED_IDS.some((id) => id.hint.test(t)),
  apply(text, ctx) {
    let out = text
    for (const { hint, pattern } of SHAPED_IDS) {
      if (!hint.test(out)) continue
      out = rewrite(out, pattern, (m) => {
        const id = m[1] ?? m[0]
        if (ctx.isKept(id)) return undefined
        const token = ctx.pseudonym(this, id, { kind: 'serial', counter: 'serial', key: id.toLowerCase() })
        return m[0].slice(0, m[0].length - id.length) + token
      })
    }
    return rewrite(out, INSTANCE, (m) => {
      const all = m[0]
      const vid = m[2]
      const serial = (m[3] ?? m[5])!
      if (vid?.toLowerCase() === '046d' || /^0+$/.test(serial) || ctx.isInventorySerial(serial) || ctx.isKept(serial)) return undefined
      return all.slice(0, all.length - serial.length) + ctx.pseudonym(this, serial, { kind: 'serial', counter: 'serial', key: serial })
    })
  }
}
