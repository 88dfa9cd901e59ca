import { describe, it, expect } from 'vitest'
import { createRedactionSession } from '../../src/main/privacy'

// Multi-line PEM blocks: every body line becomes the block's token (the line count stays), and a
// line that is no body line ends a block whose END never came.
const redact = (lines: string[]): string[] => createRedactionSession().redactText(lines.join('\n'), 'x.log').text.split('\n')

describe('PEM blocks over several lines', () => {
  it('replaces the body, headers included, and reads the lines after END as usual', () => {
    const out = redact([
      'loaded key:',
      '-----BEGIN RSA PRIVATE KEY-----',
      'Proc-Type: 4,ENCRYPTED',
      '',
      'MIIEowIBAAKCAQEAx3Y8fQ2ZkLmN0pQrStUvWxYz',
      'abc+/def==',
      '-----END RSA PRIVATE KEY-----',
      'after user=jdoe'
    ])
    expect(out).toEqual([
      'loaded key:',
      '-----BEGIN RSA PRIVATE KEY-----',
      '<pem-1>',
      '',
      '<pem-1>',
      '<pem-1>',
      '-----END RSA PRIVATE KEY-----',
      'after user=<user-1>'
    ])
  })

  it('takes body lines a logger prefixed', () => {
    const out = redact([
      'Mar 1 10:00:01 pc app[12]: -----BEGIN PRIVATE KEY-----',
      'Mar 1 10:00:01 pc app[12]: MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ',
      'Mar 1 10:00:01 pc app[12]: -----END PRIVATE KEY-----'
    ])
    expect(out[1]).toBe('<pem-1>')
  })

  it('ends a truncated block at the first line that is no body line, and never reaches back', () => {
    const lines = [
      'CreateFile C:\\Users\\ngozi.okafor\\AppData\\Local\\x failed',
      '{"verified_cert":{"certificates":["-----BEGIN CERTIFICATE-----\\nMIIF..."]},"time":"418781212"}',
      '{"params":{"net_error":-105},"phase":2,"source":{"id":1870}}',
      'Mar 14 10:00:02 pc kernel: usb 3-2: New USB device found, idVendor=046d, idProduct=0866'
    ]
    const out = redact(lines)
    expect(out[0]).toBe('CreateFile C:\\Users\\<user-1>\\AppData\\Local\\x failed')
    expect(out[2]).toBe(lines[2])
    expect(out[3]).toBe('Mar 14 10:00:02 <host-1> kernel: usb 3-2: New USB device found, idVendor=046d, idProduct=0866')
  })
})
