import { describe, it, expect } from 'vitest'
import si from 'systeminformation'
import { createRedactionSession } from '../../src/main/privacy'

// Host facts go into bundles as systeminformation's JSON. Its identifiers sit under keys the
// text rules cannot judge (`uuid.os` is the machine id, `diskLayout[].serialNum`, `assetTag`).

// The shapes systeminformation returns, with made-up values of a typical room PC.
const ROOM_PC = {
  system: {
    manufacturer: 'Dell Inc.',
    model: 'OptiPlex 7010',
    version: '',
    serial: '8HJ2XY3',
    uuid: '4C4C4544-0048-4A10-8032-B8C04F585933',
    sku: '0C08',
    virtual: false
  },
  bios: { vendor: 'Dell Inc.', version: '1.21.0', releaseDate: '2024-02-08', serial: '8HJ2XY3' },
  baseboard: { manufacturer: 'Dell Inc.', model: '0F8XKN', serial: '/8HJ2XY3/CNCMK0034B00QM/', assetTag: 'IT-004512' },
  chassis: { manufacturer: 'Dell Inc.', type: 'Mini Tower', serial: '8HJ2XY3', assetTag: 'IT-004512', sku: 'Mini Tower' },
  osInfo: {
    platform: 'Windows',
    distro: 'Microsoft Windows 11 IoT Enterprise',
    release: '10.0.22631',
    build: '22631',
    hostname: 'RM-BOARDROOM-07',
    fqdn: 'RM-BOARDROOM-07.corp.contoso.com',
    serial: '00330-80000-00000-AA123',
    uefi: true
  },
  uuid: {
    os: '8f2b1c2d-6e3a-4b5c-9d7e-0a1b2c3d4e5f',
    hardware: '4c4c4544-0048-4a10-8032-b8c04f585933',
    macs: ['a4:dc:4c:36:06:a3', 'a4:dc:4c:36:06:a4']
  },
  diskLayout: [
    {
      device: '\\\\.\\PHYSICALDRIVE0',
      name: 'Samsung SSD 980 500GB',
      vendor: 'Samsung',
      serialNum: 'S64DNF0R123456',
      firmwareRevision: '3B4QFXO7'
    }
  ],
  networkInterfaces: [
    { iface: 'Wi-Fi', ip4: '10.20.30.40', ip6: 'fe80::c6b3:1ff:fecd:467f', mac: 'a4:dc:4c:36:06:a3', dnsSuffix: 'corp.contoso.com' }
  ],
  wifiConnections: [{ ssid: "Marta's iPhone", bssid: 'f0:18:45:3b:91:84', channel: 6 }],
  users: [{ user: 'mkowalczyk', tty: 'console', ip: '203.0.113.9' }],
  bluetoothDevices: [{ name: "Marta's AirPods Pro", macDevice: 'f4:34:f0:aa:bb:cc', macHost: 'a4:dc:4c:36:06:a4', manufacturer: 'Apple' }],
  usb: [
    { vendor: 'Logitech', name: 'Rally Bar', serialNumber: '2313FD1N08Z2' },
    { vendor: 'Yubico', name: 'YubiKey OTP+FIDO+CCID', serialNumber: '14567890' }
  ]
}

const IDENTIFYING = [
  '8HJ2XY3',
  '4C4C4544-0048-4A10-8032-B8C04F585933',
  '4c4c4544-0048-4a10-8032-b8c04f585933',
  'CNCMK0034B00QM',
  'IT-004512',
  'RM-BOARDROOM-07',
  'corp.contoso.com',
  '00330-80000-00000-AA123',
  '8f2b1c2d-6e3a-4b5c-9d7e-0a1b2c3d4e5f',
  '36:06:a3',
  '36:06:a4',
  'S64DNF0R123456',
  '10.20.30.40',
  'c6b3:1ff:fecd:467f',
  "Marta's iPhone",
  '3b:91:84',
  'mkowalczyk',
  '203.0.113.9',
  "Marta's AirPods",
  'aa:bb:cc',
  '14567890'
]
const SUPPORT = [
  'OptiPlex 7010',
  '1.21.0',
  '10.0.22631',
  'Samsung SSD 980 500GB',
  '3B4QFXO7',
  'Rally Bar',
  '2313FD1N08Z2',
  'Mini Tower',
  'Dell Inc.'
]

describe('host facts (systeminformation JSON)', () => {
  it('redacts every identifier of a room PC and keeps what support needs', () => {
    const out = JSON.stringify(createRedactionSession().redactJson(ROOM_PC, 'host.json'))
    for (const v of IDENTIFYING) expect(out, v).not.toContain(v)
    for (const v of SUPPORT) expect(out, v).toContain(v)
    // same structure: every key is still there
    expect(Object.keys(JSON.parse(out) as object)).toEqual(Object.keys(ROOM_PC))
  })

  it("redacts this machine's own identifiers as systeminformation reports them", async () => {
    const facts = {
      system: await si.system(),
      bios: await si.bios(),
      baseboard: await si.baseboard(),
      chassis: await si.chassis(),
      osInfo: await si.osInfo(),
      uuid: await si.uuid(),
      networkInterfaces: await si.networkInterfaces()
    }
    const ifaces = Array.isArray(facts.networkInterfaces) ? facts.networkInterfaces : [facts.networkInterfaces]
    const candidates = [
      facts.system.serial,
      facts.system.uuid,
      facts.bios.serial,
      facts.baseboard.serial,
      facts.chassis.serial,
      facts.osInfo.hostname,
      facts.osInfo.fqdn,
      facts.osInfo.serial,
      facts.uuid.os,
      facts.uuid.hardware,
      ...ifaces.filter((i) => !i.internal).flatMap((i) => [i.ip4, i.mac])
    ]
    // values too short or generic to identify anything are not checked
    const identifying = candidates.filter(
      (v): v is string => typeof v === 'string' && v.length >= 4 && !/^(?:-|default string|to be filled by o\.e\.m\.|0+|[0:]+)$/i.test(v)
    )
    // a Linux host always has a machine id (osInfo.serial, uuid.os)
    expect(identifying.length).toBeGreaterThan(0)
    const out = JSON.stringify(createRedactionSession().redactJson(facts, 'host.json'))
    for (const v of new Set(identifying)) expect(out.toLowerCase(), v).not.toContain(v.toLowerCase())
  }, 60000) // systeminformation spawns several system tools: seconds on a loaded box
})
