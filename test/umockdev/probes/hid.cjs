// node-hid probe: lists hidraw devices, optionally opens one and gets/sends feature reports.
// argv: [--open PATH] [--get ID:LEN ...] [--send HEX ...]; prints one JSON object.
'use strict'
const HID = require('node-hid')

const args = process.argv.slice(2)
const values = (flag) => args.flatMap((a, i) => (args[i - 1] === flag ? [a] : []))

const out = { devices: HID.devices(), get: {}, send: [] }
const [openPath] = values('--open')
if (openPath) {
  const dev = new HID.HID(openPath)
  for (const spec of values('--get')) {
    const [id, len] = spec.split(':').map(Number)
    try {
      out.get[id] = Buffer.from(dev.getFeatureReport(id, len)).toString('hex')
    } catch (e) {
      out.get[id] = { error: String(e.message || e) }
    }
  }
  for (const hex of values('--send')) out.send.push(dev.sendFeatureReport([...Buffer.from(hex, 'hex')]))
  dev.close()
}
process.stdout.write(JSON.stringify(out) + '\n')
