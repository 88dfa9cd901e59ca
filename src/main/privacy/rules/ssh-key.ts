import type { Rule } from '../types'
import { rewrite } from '../rewrite'
import { hostToken, hostnameRule } from './hostname'
import { accountToken } from '../account-token'

// An OpenSSH public key line ends in a comment that ssh-keygen fills with `user@host`
// (`ssh-rsa AAAAB3Nza… georgios@GP-THINKPAD`): an account and a machine, in no e-mail shape (the
// host has no top-level domain). The key itself is public and stays.
const SSH_PUBLIC_KEY =
  /(?<![\w-])((?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)[ \t]+[A-Za-z0-9+/]{16,16384}={0,3}[ \t]+)([^\s@<>]{1,64})@([A-Za-z0-9][A-Za-z0-9.-]{0,252})(?![\w.-])/g

export const sshKeyCommentRule: Rule = {
  id: 'ssh-key-comment',
  category: 'account',
  kind: 'user',
  detector: 'the `user@host` comment after an OpenSSH public key (`ssh-rsa AAAA… user@host`); the key stays',
  replacement: '<user-N>@<host-N>',
  gate: (t) => t.includes('ssh-') || t.includes('ecdsa-'),
  apply(text, ctx) {
    return rewrite(text, SSH_PUBLIC_KEY, (m) => {
      const [, head, user, host] = m as unknown as [string, string, string, string]
      if (ctx.isKept(user)) return undefined
      const u = accountToken(ctx, this, user)
      return `${head}${u}@${hostToken(host, ctx, hostnameRule) ?? host}`
    })
  }
}
