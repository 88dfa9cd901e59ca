// The ticket as agents read it: a subject line and a plain-text body with fixed sections. The
// bundle id is in the body (and in a custom field when one is configured) so the ticket can be
// found again after an ambiguous failure and matched to its bundle.
import type { RouteDecision, TicketForm } from '../../shared/contract'
import { APP_NAME, APP_VERSION } from '../app-version/app-version'

const TAG: Record<RouteDecision['route'], string> = {
  jumpstart: 'JumpStart',
  'spoc-handoff': 'JumpStart',
  rma: 'RMA',
  'rma-extended': 'RMA-EW',
  'out-of-warranty': 'Support',
  support: 'Support',
  'vendor-rma': 'Vendor RMA',
  triage: 'Support'
}

const MAX_SUBJECT = 150

export const bundleIdLine = (bundleId: string): string => `Bundle ID: ${bundleId}`

export function ticketSubject(form: TicketForm, decision: RouteDecision): string {
  const model = decision.product ?? form.model?.trim() ?? 'Unknown product'
  const serial = form.serial?.trim() || form.boxSerial?.trim()
  const symptom = form.summary?.trim() || (form.description?.trim().split('\n')[0] ?? '')
  let subject = `[${TAG[decision.route]}] ${model}${serial ? ` S/N ${serial}` : ''}${symptom ? ` — ${symptom}` : ''}`
  if (subject.length > MAX_SUBJECT) subject = subject.slice(0, MAX_SUBJECT - 1) + '…'
  return subject
}

export function ticketBody(form: TicketForm, decision: RouteDecision, bundleId: string): string {
  const line = (label: string, value: string | boolean | undefined | null): string =>
    value === undefined || value === null || value === '' ? '' : `${label}: ${value === true ? 'yes' : value === false ? 'no' : value}\n`
  return [
    `Route: ${decision.title} (${decision.route}, rule ${decision.rule})\n` + decision.reasons.map((r) => `- ${r.text}\n`).join(''),
    'Contact\n' +
      line('Name', form.contactName) +
      line('E-mail', form.email) +
      line('Phone', form.phone) +
      line('Company', form.company) +
      line('Single point of contact', form.spoc),
    'Product\n' +
      line('Model', decision.product ?? form.model) +
      line('Serial (primary device)', form.serial) +
      line('Serial (box)', form.boxSerial) +
      line('Confirmation number', form.confirmationNumber) +
      line('Firmware', form.firmware) +
      line('Part owner', form.component) +
      line('Vendor', form.vendor),
    'Purchase\n' +
      line('Purchase date', form.purchaseDate) +
      line('Extended warranty bought', form.extensionDate) +
      line('Region', form.region?.toUpperCase()) +
      line('Country', form.country?.toUpperCase()) +
      line('Contracting entity', decision.contractingEntity),
    'Issue\n' + line('Class', form.issueClass) + (form.description?.trim() ? `${form.description.trim()}\n` : ''),
    `${bundleIdLine(bundleId)}\nFiled with ${APP_NAME} ${APP_VERSION}\n`
  ].join('\n')
}
