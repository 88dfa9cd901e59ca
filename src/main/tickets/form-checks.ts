// Field-level checks of the ticket form: each answer is a message against the field it concerns,
// so the UI can show it next to that field and the CLI can name it.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'
import type { FieldProblem, TicketField, TicketForm } from '../../shared/contract'
import { parseIsoDate, type IsoDate } from './calendar'
import { acceptedModelNames, resolveModel } from './product-models'

// Deliberately loose: one @, a dot in the domain, no spaces. The server is the judge of the rest.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
// Serials on labels and in USB descriptors: letters, digits and dashes.
const SERIAL = /^[A-Za-z0-9][A-Za-z0-9-]{2,39}$/

export const filled = (value: unknown): boolean => (typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null)

/** Country for numbers written without +: the form's country, else the US for North America. */
function phoneCountry(form: TicketForm): CountryCode | undefined {
  if (form.country && /^[A-Za-z]{2}$/.test(form.country)) return form.country.toUpperCase() as CountryCode
  return form.region === 'na' ? 'US' : undefined
}

export function checkPhone(form: TicketForm): string | null {
  const phone = form.phone?.trim()
  if (!phone) return null
  const parsed = parsePhoneNumberFromString(phone, phoneCountry(form))
  if (!parsed)
    return phone.startsWith('+') || phoneCountry(form)
      ? 'not a phone number'
      : 'write the number with its country code, e.g. +41 21 555 01 23'
  return parsed.isValid() ? null : `not a valid ${parsed.country ?? 'international'} phone number`
}

/** Every problem with what is filled in; empty fields are "missing", not invalid. */
export function checkFields(form: TicketForm, today: IsoDate): FieldProblem[] {
  const problems: FieldProblem[] = []
  const add = (field: TicketField, message: string): void => {
    problems.push({ field, message })
  }
  if (filled(form.email) && !EMAIL.test(form.email!.trim())) add('email', 'not an e-mail address')
  const phone = checkPhone(form)
  if (phone) add('phone', phone)
  if (filled(form.country) && !/^[A-Za-z]{2}$/.test(form.country!.trim())) add('country', 'use the two-letter country code, e.g. JP')
  if (filled(form.model) && !resolveModel(form.model))
    add('model', `unknown model; use a product name or model number (${acceptedModelNames().join(', ')})`)
  for (const field of ['serial', 'boxSerial'] as const) {
    if (filled(form[field]) && !SERIAL.test(form[field]!.trim())) add(field, 'a serial number has 3–40 letters, digits or dashes')
  }
  const purchase = filled(form.purchaseDate) ? parseIsoDate(form.purchaseDate) : null
  if (filled(form.purchaseDate)) {
    if (!purchase) add('purchaseDate', 'use a real date as YYYY-MM-DD')
    else if (purchase > today) add('purchaseDate', `the purchase date is after today (${today})`)
  }
  if (filled(form.extensionDate)) {
    const ext = parseIsoDate(form.extensionDate)
    if (!ext) add('extensionDate', 'use a real date as YYYY-MM-DD')
    else if (ext > today) add('extensionDate', `the extension date is after today (${today})`)
  }
  return problems
}
