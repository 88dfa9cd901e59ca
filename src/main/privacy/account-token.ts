import type { Rule, RuleContext } from './types'

/**
 * The `<user-N>` token of an account name, whichever rule found it: one token per account in any
 * case (`JDoe` in a path, `jdoe` in a sudo line), counted as an account.
 */
export function accountToken(ctx: RuleContext, rule: Rule, user: string): string {
  return ctx.pseudonym(rule, user, { kind: 'user', counter: 'user', key: user.toLowerCase(), category: 'account' })
}

/** The `<domain-N>` token of a Windows or directory domain (`FABRIKAM`, `corp.fabrikam.com`), one per domain in any case. */
export function domainToken(ctx: RuleContext, rule: Rule, domain: string): string {
  return ctx.pseudonym(rule, domain, { kind: 'domain', counter: 'domain', key: domain.toLowerCase(), category: 'device-identifier' })
}
