// One routing decision for a form: the matching rule, what the route needs from the form, what
// is missing or invalid, who the contract is with and what to expect.
import type { Reason, Route, RouteDecision, TicketField, TicketForm } from '../../shared/contract'
import { localToday, parseIsoDate, type IsoDate } from './calendar'
import { checkFields, filled } from './form-checks'
import { contractingEntity, firstResponseBy, supportHoursText } from './region'
import { evaluate, factsOf } from './route-rules'
import { TERMS } from './terms-reading'

interface RouteInfo {
  title: string
  action: RouteDecision['action']
  required: readonly TicketField[]
}

const CONTACT = ['contactName', 'email'] as const
/** What each route needs before it can be filed or handed on (research §3.2, from J4 and W5). */
export const ROUTES: Record<Route, RouteInfo> = {
  jumpstart: {
    title: 'JumpStart incident',
    action: 'file',
    required: [...CONTACT, 'phone', 'company', 'region', 'model', 'serial', 'purchaseDate', 'issueClass', 'description']
  },
  'spoc-handoff': {
    title: 'Hand the JumpStart ticket to your SPOC',
    action: 'export',
    required: [...CONTACT, 'model', 'purchaseDate', 'issueClass', 'description']
  },
  rma: {
    title: 'RMA under the standard warranty',
    action: 'file',
    required: [...CONTACT, 'company', 'region', 'model', 'serial', 'purchaseDate', 'issueClass', 'description']
  },
  'rma-extended': {
    title: 'Extended warranty claim (RMA)',
    action: 'file',
    required: [...CONTACT, 'company', 'region', 'model', 'serial', 'purchaseDate', 'extensionDate', 'issueClass', 'description']
  },
  'out-of-warranty': {
    title: 'Out of warranty',
    action: 'file',
    required: [...CONTACT, 'company', 'region', 'model', 'purchaseDate', 'issueClass', 'description']
  },
  support: {
    title: 'Logitech business support',
    action: 'file',
    required: [...CONTACT, 'company', 'region', 'model', 'issueClass', 'description']
  },
  'vendor-rma': { title: 'RMA with the part’s own vendor', action: 'export', required: ['component', 'vendor', 'description'] },
  triage: { title: 'Run the health checks first', action: 'triage', required: ['issueClass'] }
}

/** JumpStart takes a confirmation number or a device or box serial (3 b); the field shown is `serial`. */
function isMissing(form: TicketForm, field: TicketField, route: Route): boolean {
  if (field === 'serial' && route === 'jumpstart')
    return !filled(form.serial) && !filled(form.boxSerial) && !filled(form.confirmationNumber)
  return !filled(form[field])
}

function expectation(route: Route, decision: Pick<RouteDecision, 'action'>, form: TicketForm, now: Date): RouteDecision['expect'] {
  const region = form.region ?? null
  const hours = region ? supportHoursText(region) : null
  if (decision.action === 'triage')
    return { region, hours, text: 'Nothing is filed yet: run the health checks, then route again.', firstResponseBy: null }
  if (route === 'vendor-rma')
    return {
      region,
      hours: null,
      text: 'Logitech does not handle this part: send the package to its vendor’s RMA process.',
      firstResponseBy: null
    }
  if (route === 'spoc-handoff')
    return { region, hours, text: 'Nothing is filed by you: your SPOC files the ticket with the exported package.', firstResponseBy: null }
  const due = region ? firstResponseBy(region, now).toISOString() : null
  const sla =
    route === 'jumpstart'
      ? 'The JumpStart terms intend a first contact response within one business day'
      : 'Expect a first response within about one business day (the published service level is JumpStart’s; other support has none)'
  const text = region ? `${sla}, in support hours: ${hours}.` : `${sla}; choose the purchase region to see the support hours.`
  return { region, hours, text, firstResponseBy: due }
}

export interface DecideOptions {
  /** "today" as the user means it; defaults to the local date of `now`. */
  today?: IsoDate
  now?: Date
}

export function decideRoute(form: TicketForm, options: DecideOptions = {}): RouteDecision {
  const now = options.now ?? new Date()
  const today = options.today ?? localToday(now)
  // With an injected "today", expectations are computed for midday of that day (UTC).
  const clock = options.today ? new Date(`${today}T12:00:00Z`) : now
  const facts = factsOf(form, today)
  const outcome = evaluate(facts)
  const invalid = checkFields(form, today)

  if (outcome.rule === null) {
    const reasons: Reason[] = [
      because(
        `To decide the route, fill in: ${outcome.needs.join(', ')}.`,
        outcome.needs.includes('issueClass') ? null : TERMS.jumpstartInformation
      )
    ]
    return {
      route: 'triage',
      rule: 'R0',
      action: 'triage',
      title: 'More information needed',
      reasons,
      required: outcome.needs,
      missing: outcome.needs.filter((f) => !filled(form[f]) || invalid.some((p) => p.field === f)),
      invalid,
      contractingEntity: null,
      product: facts.product?.product ?? null,
      expect: {
        region: form.region ?? null,
        hours: form.region ? supportHoursText(form.region) : null,
        text: 'Fill in the highlighted fields to see the route.',
        firstResponseBy: null
      },
      today
    }
  }

  const route = outcome.rule.route
  const info = ROUTES[route]
  const entity = contractingEntity(route, form.region, form.country)
  const reasons = [...outcome.reasons]
  if (entity && (route === 'rma' || route === 'rma-extended' || route === 'jumpstart')) {
    reasons.push(
      because(
        `Your contract is with ${entity} (purchase region ${form.region!.toUpperCase()}).`,
        route === 'jumpstart' ? TERMS.entityJumpstart : TERMS.entityExtended
      )
    )
  }
  if (route === 'rma-extended' && form.region === 'apac') {
    reasons.push(
      because(
        'The warranty’s country list (as of 6 March 2020) names the USA, the EU + EFTA and the UK only; Logitech confirms coverage elsewhere.',
        TERMS.extendedCountries
      )
    )
  }
  return {
    route,
    rule: outcome.rule.id,
    action: info.action,
    title: info.title,
    reasons,
    required: [...info.required],
    missing: info.required.filter((f) => isMissing(form, f, route)),
    invalid,
    contractingEntity: entity,
    product: facts.product?.product ?? null,
    expect: expectation(route, info, form, clock),
    today
  }
}

function because(text: string, term: Reason['term']): Reason {
  return { text, term }
}

/** Parses a user-supplied "today" or explains why not. */
export function parseToday(text: string | undefined): IsoDate | undefined {
  if (text === undefined) return undefined
  const d = parseIsoDate(text)
  if (!d) throw new Error(`--today must be a real date as YYYY-MM-DD, got "${text.slice(0, 40)}"`)
  return d
}
