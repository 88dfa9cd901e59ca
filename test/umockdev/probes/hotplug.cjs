// Prints one JSON line per usb@2 attach/detach event (with the serial), after a {"event":"ready"}
// line. A "hid" line on stdin prints {"event":"hid","hid":[paths]}: hidraw nodes appear a little
// after the usb_device's attach (as on a real kernel), so tests ask once the add has completed.
// Runs until SIGTERM.
'use strict'
const { usb } = require('usb')
const HID = require('node-hid')

const hidPaths = () =>
  HID.devices()
    .map((d) => d.path)
    .sort()
const print = (o) => process.stdout.write(JSON.stringify(o) + '\n')

function describe(dev) {
  const dd = dev.deviceDescriptor
  return {
    vendorId: dd.idVendor,
    productId: dd.idProduct,
    busNumber: dev.busNumber,
    deviceAddress: dev.deviceAddress,
    portNumbers: dev.portNumbers
  }
}

usb.on('attach', (dev) => {
  const base = { event: 'attach', ...describe(dev) }
  try {
    dev.open()
    dev.getStringDescriptor(dev.deviceDescriptor.iSerialNumber, (err, serial) => {
      try {
        dev.close()
      } catch {
        /* already closed by the unplug */
      }
      print({ ...base, serial: err ? { error: String(err.message || err) } : serial })
    })
  } catch (e) {
    print({ ...base, openError: String(e.message || e) })
  }
})
usb.on('detach', (dev) => print({ event: 'detach', ...describe(dev), hid: hidPaths() }))

let pending = ''
process.stdin.setEncoding('utf8').on('data', (s) => {
  const lines = (pending + s).split('\n')
  pending = lines.pop()
  for (const l of lines) if (l.trim() === 'hid') print({ event: 'hid', hid: hidPaths() })
})

process.on('SIGTERM', () => {
  usb.unrefHotplugEvents?.()
  process.exit(0)
})
print({ event: 'ready', hid: hidPaths() })
