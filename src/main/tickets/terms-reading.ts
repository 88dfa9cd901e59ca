// Every reading of the service terms that the wording leaves open, decided here and only here.
// The routing rules (`route-rules.ts`) use these constants and quotes; the README's "Reading the
// terms" section repeats them in prose. Change a reading here and the truth-table test shows
// which decisions move.
import type { TermQuote } from '../../shared/contract'
import { addDays, addYears, type IsoDate } from './calendar'

/**
 * JumpStart lasts "90 (ninety) days from the purchase date" and "shall commence on the purchase
 * date, continue for and automatically expire 90 (ninety) days thereafter" (2 a, 6 a). Read: the
 * purchase date is day 0 and day 90 (purchase + 90 days) is still covered; day 91 is not.
 */
export const JUMPSTART_DAYS = 90
export const jumpstartLastDay = (purchase: IsoDate): IsoDate => addDays(purchase, JUMPSTART_DAYS)

/**
 * Standard warranty 2 years, extended +1 year = 3 years "from the original purchase date" (EW 8,
 * Schedule A). Read: covered up to and including the anniversary date; a purchase on 29 February
 * has its anniversary on 28 February in a common year (the earlier day, so the app never promises
 * a day the terms might not give).
 */
export const STANDARD_WARRANTY_YEARS = 2
export const EXTENDED_WARRANTY_YEARS = 3
export const standardWarrantyLastDay = (purchase: IsoDate): IsoDate => addYears(purchase, STANDARD_WARRANTY_YEARS)
export const extendedWarrantyLastDay = (purchase: IsoDate): IsoDate => addYears(purchase, EXTENDED_WARRANTY_YEARS)

/**
 * "The Extended Warranty may only be purchased at the time of Product purchase or within 30 days
 * of the purchase date" (EW 4). Read: purchase date ≤ extension date ≤ purchase + 30 days
 * (day 30 is in, day 31 is out; an extension dated before the product is outside the window).
 */
export const EXTENSION_WINDOW_DAYS = 30
export const extensionLastDay = (purchase: IsoDate): IsoDate => addDays(purchase, EXTENSION_WINDOW_DAYS)

/** "Applicable to Products purchased after March 6, 2020": strictly after, so 2020-03-07 is the first day. */
export const EXTENDED_WARRANTY_PURCHASED_AFTER = '2020-03-06' as IsoDate

/**
 * Support hours (JumpStart 2 a iii) as fixed offsets, the way the terms name them: "Eastern
 * Standard Time" UTC−5, "Central European Time" UTC+1, "India Standard Time" UTC+5:30, all year.
 * "Monday through Friday" is read as applying to all three regions. Local holidays are excluded
 * by the terms but not known to the app, so a first-response time is an expectation only.
 */
export const SUPPORT_HOURS = {
  na: { zone: 'Eastern Standard Time (UTC−5)', offsetMinutes: -300, open: '09:00', close: '21:00' },
  emea: { zone: 'Central European Time (UTC+1)', offsetMinutes: 60, open: '09:00', close: '19:00' },
  apac: { zone: 'India Standard Time (UTC+5:30)', offsetMinutes: 330, open: '03:30', close: '19:00' }
} as const

/**
 * Inputs the user may leave blank: the part owner defaults to Logitech (the app found Logitech
 * devices), and "are you the SPOC?" unanswered counts as no — the JumpStart ticket is then handed
 * to the SPOC rather than filed by someone the terms do not name.
 */
export const DEFAULT_COMPONENT = 'logitech'
export const DEFAULT_SPOC = false

const js = (clause: string, quote: string): TermQuote => ({ document: 'jumpstart', clause, quote })
const ew = (clause: string, quote: string): TermQuote => ({ document: 'extended-warranty', clause, quote })

/** The clauses that decide routes, quoted from the terms in ../shared/terms. */
export const TERMS = {
  jumpstartProducts: js('Schedule A', 'PRODUCTS LIST ● Logitech SmartDock ● Logitech Tap'),
  jumpstartPeriod: js(
    '2 a',
    'Customer will be entitled to receive support in English during 90 (ninety) days from the purchase date of the Product'
  ),
  jumpstartSpoc: js(
    '3 a',
    'The SPOC will open a support ticket via the available methods (web) to the dedicated specialists at Logitech support desk.'
  ),
  jumpstartInformation: js(
    '3 b',
    'Such information shall include at a minimum: (i) Customer’s contact information including name, email, phone number, (ii) Product information including Logitech confirmation number and/or serial number of the Product (device or box), (iii) incident description.'
  ),
  jumpstartThirdParty: js(
    '2 b i',
    'Logitech is not obligated to provide support for: (i) the bundled computer (such as NUC or Microsoft Surface Pro) … provide Customer with a path to a resolution that will ultimately take place directly with the said third party (e.g. third party RMA process)'
  ),
  hardwareRma: js(
    '4',
    'In the event that Logitech identifies a hardware failure affecting a Logitech component, Logitech will … redirect Consumer to submit a Return Material Authorization (RMA) request with its reseller or if applicable submit an RMA request in Logitech’s RMA ticketing system'
  ),
  thirdPartyRma: js(
    '4',
    'If the failure affects a third party, non Logitech branded component (e.g.Microsoft Surface Pro), Logitech will … redirect Consumer to submit an RMA request directly with the said third party.'
  ),
  firstResponse: js(
    '2 a iii',
    'It is the intent of these Terms that Logitech will provide a first contact response within one (1) business day.'
  ),
  standardWarranty: ew('Schedule A', 'Years 1 & 2 Included 2 years'),
  extendedYear: ew('Schedule A', '+1 year Purchased separately 3 years'),
  extendedModels: ew(
    'Schedule A',
    'Rally Camera V-R0010 … Rally V-R0010 Rally Camera … Rally Plus V-R0010 Rally Camera … MeetUp V-R0007 … Tap V-U0053'
  ),
  extendedAfter: ew('title', 'Applicable to Products purchased after March 6, 2020'),
  extendedWindow: ew(
    '4',
    'The Extended Warranty may only be purchased at the time of Product purchase or within 30 days of the purchase date of the relevant Product.'
  ),
  extendedClaim: ew(
    '7.3',
    'provide Logitech with information about the Product model and Serial Number, the purchase date, a detailed description of the issue'
  ),
  primarySerial: ew('11', 'When the Product includes multiple components, only the S/N of the primary device is to be recorded'),
  extendedCountries: ew('Schedule A', 'United States of America · European Union + EFTA · United Kingdom'),
  entityJumpstart: js(
    '6 f',
    '(i) Logitech Inc. if Customer purchased the Product in North America … (ii) by Logitech Europe SA if Customer purchased the Product in EMEA … (iii) by Logitech Asia Pacific Ltd if Customer purchased the Product in Asia-Pacific (except Japan and China), (iv) by Logicool Co. Ltd if Customer purchased the Product in Japan, (v) by the applicable Logitech regional entity if Customer purchased the Product in any other regions.'
  ),
  entityExtended: ew(
    '9',
    '(i) Logitech Inc. if End Customer purchased the Product in North America … (ii) by Logitech Europe SA if End Customer purchased the Product in EMEA … (iii) by Logitech Asia Pacific Limited if End Customer purchased the Product in Asia Pacific'
  )
} as const satisfies Record<string, TermQuote>
