// The routing table: rules R1–R8 from the research decision table, evaluated top to bottom, first
// match wins. Each rule says in plain words why it matched and quotes the clause that decides;
// the readings of unclear wording come from `terms-reading.ts`.
import type { IssueClass, PartOwner, Reason, Route, RuleId, TicketField, TicketForm } from '../../shared/contract'
import { daysBetween, parseIsoDate, type IsoDate } from './calendar'
import { filled } from './form-checks'
import { resolveModel, type ProductTerms } from './product-models'
import {
  DEFAULT_COMPONENT,
  DEFAULT_SPOC,
  EXTENDED_WARRANTY_PURCHASED_AFTER,
  TERMS,
  extendedWarrantyLastDay,
  extensionLastDay,
  jumpstartLastDay,
  standardWarrantyLastDay
} from './terms-reading'

export interface RuleFacts {
  component: PartOwner
  issueClass: IssueClass | null
  product: ProductTerms | null
  /** The model as typed, for messages when it is not recognised. */
  modelText: string
  purchase: IsoDate | null
  extension: IsoDate | null
  spoc: boolean
  today: IsoDate
}

/** A rule's verdict: no match, a match with its reasons, or "cannot decide without these fields". */
export type Verdict = null | { reasons: Reason[] } | { needs: TicketField[] }

export interface Rule {
  id: Exclude<RuleId, 'R0'>
  route: Route
  decide(f: RuleFacts): Verdict
}

const because = (text: string, term: Reason['term'] = null): Reason => ({ text, term })
const name = (f: RuleFacts): string => f.product?.product ?? (f.modelText || 'this product')
const dayOf = (f: RuleFacts): number => daysBetween(f.purchase!, f.today)

function jumpstartIncident(f: RuleFacts, spoc: boolean): Verdict {
  if (f.issueClass !== 'incident') return null
  if (!f.product) return f.modelText ? null : { needs: ['model'] }
  if (!f.product.jumpstart) return null
  if (!f.purchase) return { needs: ['purchaseDate'] }
  if (f.today > jumpstartLastDay(f.purchase)) return null
  if (f.spoc !== spoc) return null
  const reasons = [
    because(`${f.product.product} is one of the two products JumpStart covers.`, TERMS.jumpstartProducts),
    because(
      `Bought on ${f.purchase}; JumpStart runs through ${jumpstartLastDay(f.purchase)} (day 90) and today, ${f.today}, is day ${dayOf(f)}.`,
      TERMS.jumpstartPeriod
    )
  ]
  reasons.push(
    spoc
      ? because('You are the customer’s single point of contact, who opens JumpStart tickets.', TERMS.jumpstartSpoc)
      : because(
          'Only the customer’s single point of contact (SPOC) opens JumpStart tickets, so this builds the package for them to file.',
          TERMS.jumpstartSpoc
        )
  )
  return { reasons }
}

/** Why year 3 is or is not covered by the extension; null when every condition holds. */
function extensionFailures(f: RuleFacts): Reason[] {
  const p = f.purchase!
  const fails: Reason[] = []
  if (!f.product?.extendedWarranty) fails.push(because(`${name(f)} is not a model the Extended Warranty covers.`, TERMS.extendedModels))
  if (p <= EXTENDED_WARRANTY_PURCHASED_AFTER) fails.push(because(`Bought on ${p}, not after 6 March 2020.`, TERMS.extendedAfter))
  if (!f.extension) fails.push(because('No extended warranty was bought (no extension date given).', TERMS.extendedYear))
  else if (f.extension < p || f.extension > extensionLastDay(p)) {
    const days = daysBetween(p, f.extension)
    const when = days < 0 ? `${-days} days before the product` : `${days} days after the product`
    fails.push(
      because(
        `The extension was bought on ${f.extension}, ${when}; it must be bought at the time of purchase or within 30 days (by ${extensionLastDay(p)}).`,
        TERMS.extendedWindow
      )
    )
  }
  return fails
}

export const RULES: readonly Rule[] = [
  {
    id: 'R1',
    route: 'vendor-rma',
    decide: (f) =>
      f.component === 'third-party'
        ? {
            reasons: [
              because(
                'The failing part is not Logitech-branded (e.g. the room PC), so its own vendor handles it; the package gives them the diagnostics.',
                TERMS.thirdPartyRma
              )
            ]
          }
        : null
  },
  {
    id: 'R2',
    route: 'rma',
    decide: (f) => {
      if (f.issueClass !== 'hardware') return null
      if (!f.purchase) return { needs: ['purchaseDate'] }
      if (f.today > standardWarrantyLastDay(f.purchase)) return null
      return {
        reasons: [
          because('A hardware failure of a Logitech part goes to an RMA request.', TERMS.hardwareRma),
          because(
            `Bought on ${f.purchase}; the 2-year standard warranty runs through ${standardWarrantyLastDay(f.purchase)} and today is ${f.today}.`,
            TERMS.standardWarranty
          )
        ]
      }
    }
  },
  {
    id: 'R3',
    route: 'rma-extended',
    decide: (f) => {
      if (f.issueClass !== 'hardware' || !f.purchase) return null
      if (f.today > extendedWarrantyLastDay(f.purchase)) return null
      if (!f.product && !f.modelText) return { needs: ['model'] }
      if (extensionFailures(f).length > 0) return null
      const reasons = [
        because(
          `Today (${f.today}) is in year 3: the standard warranty ended on ${standardWarrantyLastDay(f.purchase)}, the extension runs through ${extendedWarrantyLastDay(f.purchase)}.`,
          TERMS.extendedYear
        ),
        because(`${f.product!.product} (${f.product!.modelNumber}) is covered by the Extended Warranty.`, TERMS.extendedModels),
        because(`Bought on ${f.purchase}, after 6 March 2020.`, TERMS.extendedAfter),
        because(
          `The extension was bought on ${f.extension}, within 30 days of the product (by ${extensionLastDay(f.purchase)}).`,
          TERMS.extendedWindow
        ),
        because('A claim needs the model, serial number, purchase date and a detailed description.', TERMS.extendedClaim)
      ]
      if (f.product!.primaryDevice) {
        reasons.push(
          because(`For ${f.product!.product} the serial is the ${f.product!.primaryDevice}’s, the primary device.`, TERMS.primarySerial)
        )
      }
      return { reasons }
    }
  },
  {
    id: 'R4',
    route: 'out-of-warranty',
    decide: (f) => {
      if (f.issueClass !== 'hardware' || !f.purchase) return null
      const reasons = [
        because(
          `Bought on ${f.purchase}; the 2-year standard warranty ended on ${standardWarrantyLastDay(f.purchase)}.`,
          TERMS.standardWarranty
        )
      ]
      if (f.today > extendedWarrantyLastDay(f.purchase)) {
        reasons.push(because(`Even an extended warranty would have ended on ${extendedWarrantyLastDay(f.purchase)}.`, TERMS.extendedYear))
      } else reasons.push(...extensionFailures(f))
      reasons.push(because('No RMA applies; a general support ticket can still ask about repair or replacement options.'))
      return { reasons }
    }
  },
  { id: 'R5', route: 'jumpstart', decide: (f) => jumpstartIncident(f, true) },
  { id: 'R6', route: 'spoc-handoff', decide: (f) => jumpstartIncident(f, false) },
  {
    id: 'R7',
    route: 'support',
    decide: (f) => {
      if (f.issueClass !== 'incident') return null
      if (!f.product && !f.modelText) return { needs: ['model'] }
      if (f.product?.jumpstart) {
        return {
          reasons: [
            because(
              `Bought on ${f.purchase}; JumpStart ended on ${jumpstartLastDay(f.purchase!)} (day 90) and today, ${f.today}, is day ${dayOf(f)}.`,
              TERMS.jumpstartPeriod
            ),
            because('Incidents after JumpStart go to Logitech business support.')
          ]
        }
      }
      return {
        reasons: [
          because(`JumpStart covers only SmartDock and Tap, not ${name(f)}.`, TERMS.jumpstartProducts),
          because('Incidents with other products go to Logitech business support.')
        ]
      }
    }
  },
  {
    id: 'R8',
    route: 'triage',
    decide: (f) =>
      f.issueClass === 'unknown'
        ? {
            reasons: [
              because(
                'It is not yet clear whether this is a hardware failure or an incident. Run the health checks (link speed, missing parts, firmware) first, then route again; many “broken” devices are cabling or USB 2 problems.'
              )
            ]
          }
        : null
  }
]

export function factsOf(form: TicketForm, today: IsoDate): RuleFacts {
  const purchase = parseIsoDate(form.purchaseDate)
  return {
    component: form.component ?? DEFAULT_COMPONENT,
    issueClass: form.issueClass ?? null,
    product: resolveModel(form.model),
    modelText: filled(form.model) ? form.model!.trim() : '',
    // A date after today is invalid input and cannot decide anything.
    purchase: purchase && purchase <= today ? purchase : null,
    extension: parseIsoDate(form.extensionDate),
    spoc: form.spoc ?? DEFAULT_SPOC,
    today
  }
}

export type Outcome = { rule: Rule; reasons: Reason[] } | { rule: null; needs: TicketField[] }

/** First matching rule; R0 when a rule that applies cannot be decided without more input. */
export function evaluate(facts: RuleFacts): Outcome {
  if (facts.issueClass === null && facts.component !== 'third-party') return { rule: null, needs: ['issueClass'] }
  for (const rule of RULES) {
    const verdict = rule.decide(facts)
    if (verdict === null) continue
    if ('needs' in verdict) return { rule: null, needs: verdict.needs }
    return { rule, reasons: verdict.reasons }
  }
  // Unreachable with a known issue class: R2/R4 cover every hardware case, R5–R7 every incident.
  throw new Error('routing table has a gap')
}
