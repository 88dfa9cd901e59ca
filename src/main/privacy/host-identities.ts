import { readFileSync } from 'node:fs'
import os from 'node:os'

/** Identities of this machine and its user, redacted wherever they appear. */
export interface HostIdentities {
  userName?: string
  fullName?: string
  hostName?: string
  domain?: string
}

/** Gathers identities locally (no network): OS user, GECOS full name on Linux, host name, Windows domain. */
export function gatherHostIdentities(): HostIdentities {
  const ids: HostIdentities = {}
  try {
    ids.userName = os.userInfo().username
  } catch {
    // no passwd entry (containers): nothing to add
  }
  const host = os.hostname()
  if (host) ids.hostName = host.split('.')[0]
  if (process.platform === 'linux' && ids.userName) {
    try {
      const line = readFileSync('/etc/passwd', 'utf8')
        .split('\n')
        .find((l) => l.startsWith(`${ids.userName}:`))
      const gecos = line?.split(':')[4]?.split(',')[0]?.trim()
      if (gecos) ids.fullName = gecos
    } catch {
      // unreadable passwd: skip the full name
    }
  }
  const domain = process.env['USERDOMAIN']
  if (process.platform === 'win32' && domain && domain.toUpperCase() !== host.toUpperCase()) ids.domain = domain
  return ids
}
