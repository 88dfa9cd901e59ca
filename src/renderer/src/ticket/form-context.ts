// What every step needs to draw its fields: the draft, how to change it, and per field whether
// the route needs it and what (if anything) is wrong with it.
import type { TicketField, TicketForm } from '../../../shared/contract'
import type { FieldProblem } from './Field'
import type { Draft } from './ticket-draft'

export interface FormContext {
  draft: Draft
  setForm(patch: Partial<TicketForm>): void
  setDraft(patch: Partial<Omit<Draft, 'form'>>): void
  /** Fields the current route needs (the others are shown as optional); null until a route is known. */
  required: ReadonlySet<TicketField> | null
  problems: ReadonlyMap<TicketField, FieldProblem>
}
