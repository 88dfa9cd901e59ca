import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PATTERN_RULES } from '../../src/main/privacy/rule-table'
import { contextKeysRule, CONTEXT_FAMILIES } from '../../src/main/privacy/rules/context-keys'
import { emailRule } from '../../src/main/privacy/rules/email'
import { headerColumnsRule } from '../../src/main/privacy/header-columns'
import { yamlListRule } from '../../src/main/privacy/yaml-lists'

// The README's rule table is what a reviewer reads to know what the engine does and in which
// order; it drifted once (rules added to the code, not the table). It must list every rule, in
// the order the session applies them: the header columns and YAML lists first, the pattern rules with the
// context families where their shared scan runs, and the known values right after e-mail.
function appliedOrder(): string[] {
  const ids = [headerColumnsRule.id, yamlListRule.id]
  for (const rule of PATTERN_RULES) {
    if (rule === contextKeysRule) ids.push(...CONTEXT_FAMILIES.map((f) => f.id))
    else ids.push(rule.id)
    if (rule === emailRule) ids.push('known-value')
  }
  return ids
}

function readmeRuleIds(): string[] {
  const readme = readFileSync(join(__dirname, '..', '..', 'src', 'main', 'privacy', 'README.md'), 'utf8')
  const section = readme.split('\n## Rule table\n')[1]?.split('\n## ')[0]
  if (section === undefined) throw new Error('src/main/privacy/README.md has no "## Rule table" section')
  return [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]!)
}

describe('privacy README', () => {
  it('lists every rule of the engine, in the order the session applies them', () => {
    expect(readmeRuleIds()).toEqual(appliedOrder())
  })
})
