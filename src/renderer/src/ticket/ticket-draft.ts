// The wizard's draft and the pure rules around it: which step holds which field, what goes to
// the core (empty inputs left out, chosen findings added to the description), and which message
// shows next to which field — missing for the route, refused by the route's checks, or refused
// by the ticket server (its 422 field errors, mapped onto form fields by the core).
import type { RouteDecision, TicketError, TicketField, TicketForm, TicketPrefill } from '../../../shared/contract'
import type { FieldProblem } from './Field'

export type StepId = 'what' | 'product' | 'purchase' | 'contact' | 'bundle' | 'review'

export interface StepDef {
  id: StepId
  title: string
  fields: readonly TicketField[]
}

export const STEPS: readonly StepDef[] = [
  { id: 'what', title: 'What happened', fields: ['issueClass', 'component', 'vendor', 'summary', 'description'] },
  { id: 'product', title: 'Product', fields: ['model', 'serial', 'boxSerial', 'confirmationNumber', 'firmware'] },
  { id: 'purchase', title: 'Purchase', fields: ['purchaseDate', 'extensionDate', 'region', 'country'] },
  { id: 'contact', title: 'Contact', fields: ['spoc', 'contactName', 'email', 'phone', 'company'] },
  { id: 'bundle', title: 'Bundle', fields: [] },
  { id: 'review', title: 'Review and send', fields: [] }
]

/** What a person calls each field, for the missing-field list and the review. */
export const FIELD_LABEL: Record<TicketField, string> = {
  issueClass: 'What kind of problem',
  component: 'Which part has the problem',
  vendor: 'Maker of that part',
  summary: 'Short summary',
  description: 'What happened',
  model: 'Model',
  serial: 'Serial number',
  boxSerial: 'Serial on the box',
  confirmationNumber: 'Logitech confirmation number',
  firmware: 'Firmware',
  purchaseDate: 'Purchase date',
  extensionDate: 'Extended warranty purchase date',
  region: 'Purchase region',
  country: 'Country of purchase',
  spoc: 'Single point of contact',
  contactName: 'Your name',
  email: 'E-mail',
  phone: 'Phone',
  company: 'Company'
}

export function stepOfField(field: TicketField): StepId {
  return STEPS.find((s) => s.fields.includes(field))?.id ?? 'review'
}

/** Text inputs hold strings while editing; choices hold their value or nothing yet. */
export interface Draft {
  form: TicketForm
  /** The extension date is only asked for (and sent) when the user says one was bought. */
  hasExtension: boolean
  /** Health findings the user chose to put in the description. */
  findings: readonly string[]
  bundlePath: string
}

export const EMPTY_DRAFT: Draft = { form: {}, hasExtension: false, findings: [], bundlePath: '' }

/** The core's pre-filled form, with every error and warning it found ticked for inclusion. */
export function draftFromPrefill(prefill: TicketPrefill): Draft {
  return {
    form: { ...prefill.form },
    hasExtension: Boolean(prefill.form.extensionDate),
    findings: prefill.findings.filter((f) => f.severity !== 'info').map((f) => f.id),
    bundlePath: ''
  }
}

/**
 * A new model typed over a detected one: the detected serial and firmware belong to the detected
 * product, so they follow the model — cleared when it no longer names a detected product, filled
 * in when it names one — unless the person typed their own.
 */
export function withModel(form: TicketForm, model: string, candidates: TicketPrefill['candidates']): TicketForm {
  const find = (name: string | undefined) => candidates.find((c) => c.product.toLowerCase() === (name ?? '').trim().toLowerCase())
  const before = find(form.model)
  const after = find(model)
  const next: TicketForm = { ...form, model }
  const detectedSerial = (form.serial ?? '') === (before?.serial ?? '')
  const detectedFirmware = (form.firmware ?? '') === (before?.firmware ?? '')
  if (before !== after) {
    if (detectedSerial) next.serial = after?.serial ?? ''
    if (detectedFirmware) next.firmware = after?.firmware ?? ''
  }
  return next
}

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const

/** The form as the core should see it: blank inputs are absent, chosen findings end the description. */
export function formToSend(draft: Draft, findings: TicketPrefill['findings']): TicketForm {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(draft.form)) {
    if (typeof value === 'string') {
      const trimmed = value.trim()
      if (trimmed) out[key] = trimmed
    } else if (value !== undefined) out[key] = value
  }
  if (!draft.hasExtension) delete out.extensionDate
  if (out.component !== 'third-party') delete out.vendor
  const chosen = findings.filter((f) => draft.findings.includes(f.id))
  if (chosen.length) {
    const lines = ['Findings of the diagnostics app:', ...chosen.map((f) => `- [${SEVERITY_WORD[f.severity]}] ${f.title}`)].join('\n')
    out.description = out.description ? `${String(out.description)}\n\n${lines}` : lines
  }
  return out as TicketForm
}

/**
 * The message next to each field. The ticket server's refusal (after a send) wins over the
 * route's own checks, which win over "missing"; missing fields are flagged only on steps the
 * person has already been through, so a fresh form is not a wall of warnings.
 */
export function fieldProblems(
  decision: RouteDecision | null,
  serverError: TicketError | null,
  flagMissingOn: ReadonlySet<StepId>
): Map<TicketField, FieldProblem> {
  const out = new Map<TicketField, FieldProblem>()
  if (decision) {
    // R0: not enough is known yet to choose a route at all.
    const message = decision.rule === 'R0' ? 'Needed to work out where the ticket goes.' : `Needed for “${decision.title}”.`
    for (const field of decision.missing) {
      if (flagMissingOn.has(stepOfField(field))) out.set(field, { kind: 'missing', message })
    }
    for (const p of decision.invalid) out.set(p.field, { kind: 'invalid', message: p.message })
  }
  for (const p of serverError?.fields ?? []) out.set(p.field, { kind: 'invalid', message: `The ticket server refused this: ${p.message}` })
  return out
}

/** Problems per step, for the step list. */
export function problemsPerStep(problems: ReadonlyMap<TicketField, FieldProblem>): Map<StepId, number> {
  const out = new Map<StepId, number>()
  for (const field of problems.keys()) {
    const step = stepOfField(field)
    out.set(step, (out.get(step) ?? 0) + 1)
  }
  return out
}
