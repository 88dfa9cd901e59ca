import type { Category } from './categories'
import type { HostIdentities } from './host-identities'

export interface RuleContext {
  /** Returns the token for `value`, counting the replacement in the report. */
  pseudonym(rule: Rule, value: string, opts?: { kind?: string; counter?: string; key?: string; category?: Category }): string
  /** Values the caller asked never to redact (`--keep`). */
  isKept(value: string): boolean
  /** Device serials from the inventory (always kept). */
  isInventorySerial(value: string): boolean
  readonly hostIdentities: HostIdentities
}

export interface Rule {
  id: string
  category: Category
  /** One line for the README rule table: pattern + validator + context. */
  detector: string
  /** How matches are replaced. */
  replacement: string
  /** Token prefix used by `pseudonym()` when a rule does not pass its own kind. */
  kind: string
  /**
   * Line feature bits (line-features.ts): the rule only sees lines with at least one of them, so
   * each must be a shape every match of the rule contains. Without, the rule sees every line.
   */
  needs?: number
  /** Cheap test on the lines the rule sees; the rule is skipped when it returns false. */
  gate?: (text: string) => boolean
  apply(text: string, ctx: RuleContext): string
}
