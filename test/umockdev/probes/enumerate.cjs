// Lists what usb@2 and node-hid see, as one JSON object on stdout.
// argv: [--strings] [--sysfs NAME ...]
'use strict'
const fs = require('fs')
const usb = require('usb')
const HID = require('node-hid')

const args = process.argv.slice(2)
const withStrings = args.includes('--strings')
const sysfsNames = args.flatMap((a, i) => (args[i - 1] === '--sysfs' ? [a] : []))

function getString(dev, index) {
  return new Promise((resolve) => {
    if (!index) return resolve(null)
    dev.getStringDescriptor(index, (err, s) => resolve(err ? { error: String(err.message || err) } : s))
  })
}

function readAttr(name, attr) {
  try {
    return fs.readFileSync(`/sys/bus/usb/devices/${name}/${attr}`, 'utf8').trim()
  } catch (e) {
    return { error: e.code }
  }
}

async function main() {
  const out = { usb: [], hid: [], sysfs: {}, sysfsDir: [] }
  for (const d of usb.getDeviceList()) {
    const dd = d.deviceDescriptor
    const entry = {
      vendorId: dd.idVendor,
      productId: dd.idProduct,
      bcdDevice: dd.bcdDevice,
      busNumber: d.busNumber,
      deviceAddress: d.deviceAddress,
      portNumbers: d.portNumbers,
      parent: d.parent ? [d.parent.busNumber, d.parent.deviceAddress] : null
    }
    try {
      const c = d.configDescriptor
      entry.numInterfaces = c ? c.bNumInterfaces : null
      entry.interfaceCount = c ? c.interfaces.length : null
    } catch (e) {
      entry.configError = String(e.message || e)
    }
    if (withStrings && dd.idVendor !== 0x1d6b) {
      try {
        d.open()
        entry.serial = await getString(d, dd.iSerialNumber)
        entry.product = await getString(d, dd.iProduct)
        entry.manufacturer = await getString(d, dd.iManufacturer)
        d.close()
      } catch (e) {
        entry.openError = String(e.message || e)
      }
    }
    out.usb.push(entry)
  }
  out.hid = HID.devices()
  for (const n of sysfsNames) out.sysfs[n] = { serial: readAttr(n, 'serial'), speed: readAttr(n, 'speed') }
  try {
    const dir = fs.opendirSync('/sys/bus/usb/devices')
    for (let e = dir.readSync(); e; e = dir.readSync()) out.sysfsDir.push(e.name)
    dir.closeSync()
    out.sysfsDir.sort()
  } catch (e) {
    out.sysfsDir = { error: e.code }
  }
  process.stdout.write(JSON.stringify(out) + '\n')
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
