import type { Rule } from './types'
import { contextKeysRule, CONTEXT_FAMILIES } from './rules/context-keys'
import { headerColumnsRule } from './header-columns'
import { yamlListRule } from './yaml-lists'
import { directoryNamesRule } from './rules/directory-names'
import { accessLogUserRule } from './rules/access-log'
import { syslogHostRule } from './rules/syslog-host'
import { layoutAccountsRule } from './rules/layout-accounts'
import { shellPromptRule } from './rules/shell-prompt'
import { deviceConfigRule } from './rules/device-config'
import { vcardRule } from './rules/vcard'
import { recipientListRule } from './rules/recipient-lists'
import { wifiScanRule } from './rules/wifi-scan'
import { sshKeyCommentRule } from './rules/ssh-key'
import { structuredPairsRule } from './rules/structured-pairs'
import { emailRule, obfuscatedEmailRule } from './rules/email'
import { hardwareIdRule } from './rules/hardware-id'
import { gpsRule } from './rules/gps'
import { homePathRule } from './rules/home-path'
import { hostnameRule } from './rules/hostname'
import { ibanRule } from './rules/iban'
import { ipv4Rule, ipv6Rule } from './rules/ip'
import { macRule } from './rules/mac'
import { paymentCardRule } from './rules/payment-card'
import { pemRule } from './rules/pem'
import { nameListNextRule, personPhraseRule, possessiveNameRule } from './rules/person-phrases'
import { deviceOwnerRule } from './rules/device-owner'
import { otherScriptNameRule } from './rules/other-script-names'
import { phoneRule } from './rules/phone'
import { givenNameRule } from './rules/given-names'
import { streetAddressRule } from './rules/street-address'
import { secretShapeRule } from './rules/secret-shapes'
import { urlRule } from './rules/url'
import { windowsSidRule } from './rules/windows-sid'
import { windowsEventRule } from './rules/windows-event'
import { registryValuesRule } from './rules/registry-values'

// Order matters (Chromium, Signal):
//  - PEM and URLs first: URLs carry emails, IPs and hosts that need URL-aware treatment;
//  - secret shapes and key-named values before generic patterns that would split them;
//  - e-mail before known values (an e-mail containing the user name becomes one token);
//  - street addresses before the name lists (`12 Baker Street`: a street's name is no person's);
//  - names from the name lists after the known values: a known person keeps the token its
//    identity or term gave it in every variant (`Kowalczyk, Marta` and `Marta Kowalczyk`);
//  - cards before MACs; host names before IPs (rDNS names embed IPs);
//  - phone last: its prefilter would otherwise see digits other rules own.
// The known-values rule is inserted after e-mail by the session (it depends on the host).
export const PATTERN_RULES: readonly Rule[] = [
  pemRule,
  urlRule,
  secretShapeRule,
  windowsEventRule,
  registryValuesRule,
  hardwareIdRule,
  directoryNamesRule,
  accessLogUserRule,
  syslogHostRule,
  layoutAccountsRule,
  shellPromptRule,
  deviceConfigRule,
  vcardRule,
  sshKeyCommentRule,
  recipientListRule,
  wifiScanRule,
  personPhraseRule,
  otherScriptNameRule,
  contextKeysRule,
  structuredPairsRule,
  possessiveNameRule,
  deviceOwnerRule,
  emailRule,
  obfuscatedEmailRule,
  streetAddressRule,
  givenNameRule,
  nameListNextRule,
  homePathRule,
  windowsSidRule,
  paymentCardRule,
  ibanRule,
  macRule,
  gpsRule,
  hostnameRule,
  ipv6Rule,
  ipv4Rule,
  phoneRule
]

/** Every rule with its metadata, for the README and the report. */
export function describeRules(): Array<Pick<Rule, 'id' | 'category' | 'detector' | 'replacement'>> {
  return [headerColumnsRule, yamlListRule, ...PATTERN_RULES.filter((r) => r !== contextKeysRule), ...CONTEXT_FAMILIES].map(
    ({ id, category, detector, replacement }) => ({ id, category, detector, replacement })
  )
}
