import type { Rule } from '../types'
import { rewrite } from '../rewrite'

// Exchange and Active Directory cmdlets print the people a mailbox, room or group names as a
// property's list in braces (Format-List): `ResourceDelegates : {Ferenczi, Ildikó}`,
// `BookInPolicy : {Nakamura Hiroshi, Okafor Chidi}`, `ManagedBy : {contoso.com/Users/Ana Souza}`.
// PowerShell joins the elements with ", ", so `Ferenczi, Ildikó` is one "Last, First" display
// name or two names: either way each element is someone's, and support needs none of them.
// The property's name says it lists people: delegates, owners, members, moderators, managers,
// recipients, attendees, and Exchange's `…By`, `…From`, `…OnBehalfTo`, `…InPolicy`/`…OutOfPolicy`.
const LIST_LINE = /^([ \t]*)([A-Za-z]{2,60})([ \t]*:[ \t]*)\{([^{}\n]{1,4096})\}/gm
const PEOPLE_PROPERTY =
  /(?:Delegates?|By|From|FromSendersOrMembers|OnBehalfTo|InPolicy|OutOfPolicy|Members|Owners?|Moderators?|Managers?|Recipients?|Attendees?|Organi[sz]ers?|Participants?)$/
// (`MemberOf` lists groups, `…Policy` alone a policy's name: neither is a person)
// An element another rule owns or that names no one: an address (the e-mail rule's), a
// distinguished name (the directory rule's), a token, a number, `-`.
const NOT_A_PERSON = /[@=<>]|^[\d\s.-]*$/

export const recipientListRule: Rule = {
  id: 'recipient-list',
  category: 'person',
  kind: 'name',
  detector:
    'the elements of a PowerShell list in braces under a property that lists people (Exchange/AD `ResourceDelegates`, `BookInPolicy`, `RequestInPolicy`, `GrantSendOnBehalfTo`, `ManagedBy`, `ModeratedBy`, `AcceptMessagesOnlyFrom`, `…Members`, `…Owners` …; not `MemberOf`): each element a name, a canonical name (`contoso.com/Users/Ana Souza`) its last segment; addresses and distinguished names left to their rules; a list cut with `...` keeps its dots',
  replacement: '<name-N> per element',
  gate: (t) => /:[ \t]*\{/.test(t),
  apply(text, ctx) {
    return rewrite(text, LIST_LINE, (m) => {
      if (!PEOPLE_PROPERTY.test(m[2]!)) return undefined
      let changed = false
      const elements = m[4]!.split(', ').map((raw) => {
        // Format-List cuts a long list with `...` after the last element it shows
        const cut = raw.endsWith('...') ? '...' : ''
        const element = raw.slice(0, raw.length - cut.length)
        const slash = element.lastIndexOf('/')
        const name = element.slice(slash + 1).trim()
        if (name === '' || NOT_A_PERSON.test(name) || !/\p{L}/u.test(name) || ctx.isKept(name)) return raw
        changed = true
        const at = element.indexOf(name, slash + 1)
        return element.slice(0, at) + ctx.pseudonym(this, name, { kind: 'name', counter: 'name' }) + element.slice(at + name.length) + cut
      })
      return changed ? `${m[1]}${m[2]}${m[3]}{${elements.join(', ')}}` : undefined
    })
  }
}
