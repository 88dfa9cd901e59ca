// Ticket: a wizard that files the right ticket. The route (which the core decides from the terms)
// stays beside the form and changes as the form does; missing fields are marked next to the
// field; sending goes through the core's outbox, whose entries are listed below with their state.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react'
import type { TicketField, TicketForm } from '../../../shared/contract'
import type { Transport } from '../transport/transport'
import { fieldId } from './Field'
import type { FormContext } from './form-context'
import { OutboxCard } from './OutboxCard'
import { RoutePanel } from './RoutePanel'
import { SendPanel } from './SendPanel'
import { StepBundle, useBundles } from './StepBundle'
import { StepContact } from './StepContact'
import { Stepper } from './Stepper'
import { StepProduct } from './StepProduct'
import { StepPurchase } from './StepPurchase'
import { StepReview } from './StepReview'
import { StepWhat } from './StepWhat'
import {
  draftFromPrefill,
  EMPTY_DRAFT,
  fieldProblems,
  formToSend,
  problemsPerStep,
  stepOfField,
  STEPS,
  type Draft,
  type StepId
} from './ticket-draft'
import { useOutbox } from './useOutbox'
import { usePrefill } from './usePrefill'
import { useRouteDecision } from './useRouteDecision'
import { useSubmission } from './useSubmission'
import { SignInCard } from './SignInCard'

export const TICKET_TITLE = 'Ticket'

/** The draft outlives a switch to another section (not a reload: it holds contact details, which
 *  are kept out of storage on purpose). */
let kept: { draft: Draft; step: StepId; visited: StepId[] } | null = null

type Target = TicketField | 'bundlePath'

export function TicketScreen({ transport }: { transport: Transport }): ReactElement {
  const prefill = usePrefill(transport)
  const [draft, setDraftState] = useState<Draft | null>(kept?.draft ?? null)
  const [step, setStep] = useState<StepId>(kept?.step ?? 'what')
  const [visited, setVisited] = useState<ReadonlySet<StepId>>(new Set(kept?.visited ?? []))
  const outbox = useOutbox(transport)
  const submission = useSubmission(transport, outbox)
  const bundles = useBundles(transport)
  const focusNext = useRef<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  // Fields changed since the ticket server refused them: their refusal no longer applies.
  const [editedSinceRefusal, setEdited] = useState<ReadonlySet<string>>(new Set())
  const [outboxActionError, setOutboxActionError] = useState<unknown>(null)

  const findings = useMemo(() => (prefill.phase === 'ready' ? prefill.prefill.findings : []), [prefill])
  // Seed the draft once, from the room; a core that cannot pre-fill still gets an empty form.
  useEffect(() => {
    if (draft) return
    if (prefill.phase === 'ready') setDraftState((d) => d ?? draftFromPrefill(prefill.prefill))
    else if (prefill.phase === 'error') setDraftState((d) => d ?? EMPTY_DRAFT)
  }, [draft, prefill])

  // Pick the newest saved bundle when none is chosen yet. An updater, not the draft this render
  // saw: a choice clicked just before this effect ran would otherwise be overwritten with it.
  useEffect(() => {
    if (!draft || draft.bundlePath || bundles.listing.phase !== 'ready') return
    const newest = bundles.listing.bundles[0]
    if (newest) setDraftState((d) => (d && !d.bundlePath ? { ...d, bundlePath: newest.path } : d))
  }, [draft, bundles.listing])

  useEffect(() => {
    if (draft) kept = { draft, step, visited: [...visited] }
  }, [draft, step, visited])

  useEffect(() => {
    document.title = `${TICKET_TITLE} · Logi Room Diagnostics`
  }, [])

  const form: TicketForm | null = useMemo(() => (draft ? formToSend(draft, findings) : null), [draft, findings])
  const route = useRouteDecision(transport, form)
  const decision = route.decision

  const entry = submission.entry
  const refusal = entry?.state === 'failed' && entry.error?.kind === 'invalid' ? entry.error : null
  const refusalKey = refusal ? entry?.updatedAt : null
  useEffect(() => setEdited(new Set()), [refusalKey])
  const liveRefusal = useMemo(
    () => (refusal ? { ...refusal, fields: refusal.fields.filter((f) => !editedSinceRefusal.has(f.field)) } : null),
    [refusal, editedSinceRefusal]
  )
  const problems = useMemo(() => fieldProblems(decision, liveRefusal, visited), [decision, liveRefusal, visited])
  const perStep = problemsPerStep(problems)
  const bundleProblem =
    entry?.state === 'failed' && entry.error?.kind === 'bundle'
      ? entry.error.message
      : visited.has('bundle') && draft && !draft.bundlePath
        ? 'Choose the bundle to attach.'
        : null
  if (bundleProblem) perStep.set('bundle', 1)

  const setForm = useCallback((patch: Partial<TicketForm>) => {
    setDraftState((d) => (d ? { ...d, form: { ...d.form, ...patch } } : d))
    setEdited((prev) => new Set([...prev, ...Object.keys(patch)]))
  }, [])
  const setDraft = useCallback((patch: Partial<Omit<Draft, 'form'>>) => setDraftState((d) => (d ? { ...d, ...patch } : d)), [])

  const open = useCallback(
    (next: StepId, focus: string | null = null) => {
      setVisited((prev) => new Set([...prev, step]))
      // Already on that step (e.g. a missing-field chip for a field on screen): focus it now.
      if (next === step) {
        if (focus) document.getElementById(focus)?.focus()
        return
      }
      focusNext.current = focus
      setStep(next)
    },
    [step]
  )
  const goTo = useCallback((target: Target) => open(target === 'bundlePath' ? 'bundle' : stepOfField(target), fieldId(target)), [open])

  // After a step change (not on the first render), focus the field asked for, or the step's heading.
  const shownStep = useRef(step)
  useEffect(() => {
    if (shownStep.current === step) return
    shownStep.current = step
    const id = focusNext.current
    focusNext.current = null
    const el = id ? document.getElementById(id) : null
    if (el) el.focus()
    else heading.current?.focus()
  }, [step])
  if (prefill.phase === 'loading' || !draft || !form) {
    return (
      <div className="loading" role="status">
        <span className="spinner" aria-hidden="true" />
        Reading the room for the ticket…
      </div>
    )
  }
  const ctx: FormContext = { draft, setForm, setDraft, required: decision ? new Set(decision.required) : null, problems }
  const blocked = !decision || decision.missing.length > 0 || decision.invalid.length > 0 || !draft.bundlePath
  const onBlocked = (): void => {
    setVisited(new Set(STEPS.map((s) => s.id)))
    const first = decision ? (decision.invalid[0]?.field ?? decision.missing[0]) : undefined
    if (first) goTo(first)
    else if (!draft.bundlePath) goTo('bundlePath')
  }
  const index = STEPS.findIndex((s) => s.id === step)
  const current = STEPS[index]!
  const bundleName =
    bundles.listing.phase === 'ready'
      ? (bundles.listing.bundles.find((b) => b.path === draft.bundlePath)?.name ?? (draft.bundlePath || null))
      : draft.bundlePath || null

  return (
    <div className="ticket">
      <section className="summary ticket__head" aria-labelledby="ticket-headline">
        <div>
          <h1 className="summary__headline" id="ticket-headline">
            File a support ticket
          </h1>
          <p className="ticket__lead">
            Answer a few questions and the app works out where the ticket goes under Logitech's service terms: JumpStart, a warranty return,
            plain support or someone else.
          </p>
        </div>
      </section>
      {prefill.phase === 'error' ? (
        <p className="notice notice--warning" role="status">
          The room could not be read for the ticket, so nothing is filled in for you.
        </p>
      ) : null}
      <Stepper
        steps={STEPS.map((s) => ({ id: s.id, title: s.title, problems: perStep.get(s.id) ?? 0 }))}
        current={step}
        onSelect={(id) => open(id)}
      />
      <div className="ticket__layout">
        <section className="card wizard-step" aria-labelledby="wizard-step-title" data-step={step}>
          <h2 className="wizard-step__title" id="wizard-step-title" tabIndex={-1} ref={heading}>
            <span className="visually-hidden">
              Step {index + 1} of {STEPS.length}:{' '}
            </span>
            {current.title}
          </h2>
          {step === 'what' ? <StepWhat ctx={ctx} /> : null}
          {step === 'product' ? <StepProduct ctx={ctx} prefill={prefill.phase === 'ready' ? prefill.prefill : null} /> : null}
          {step === 'purchase' ? <StepPurchase ctx={ctx} /> : null}
          {step === 'contact' ? <StepContact ctx={ctx} /> : null}
          {step === 'bundle' ? <StepBundle ctx={ctx} listing={bundles.listing} reload={bundles.reload} problem={bundleProblem} /> : null}
          {step === 'review' ? (
            <>
              <StepReview form={form} bundleName={bundleName} problems={problems} onGoTo={goTo} />
              <SendPanel
                transport={transport}
                decision={decision}
                form={form}
                bundlePath={draft.bundlePath}
                submission={submission}
                blocked={blocked}
                onBlocked={onBlocked}
              />
            </>
          ) : null}
          <div className="wizard-step__nav">
            {index > 0 ? (
              <button type="button" className="button button--secondary" onClick={() => open(STEPS[index - 1]!.id)}>
                Back
              </button>
            ) : (
              <span />
            )}
            {index < STEPS.length - 1 ? (
              <button type="button" className="button button--primary" onClick={() => open(STEPS[index + 1]!.id)}>
                Next: {STEPS[index + 1]!.title}
              </button>
            ) : null}
          </div>
        </section>
        <aside className="ticket__aside" aria-label="Where this ticket goes">
          <RoutePanel decision={decision} pending={route.pending} error={route.error} onGoTo={goTo} />
        </aside>
      </div>
      <SignInCard transport={transport} />
      <OutboxCard
        entries={outbox.entries}
        error={outboxActionError ?? outbox.error}
        progress={outbox.progress}
        onAct={(e, action) => {
          setOutboxActionError(null)
          transport.call('ticket.retry', { id: e.id, action }).then(outbox.refresh, (err: unknown) => {
            setOutboxActionError(err)
            outbox.refresh()
          })
        }}
        onDecide={(e) => {
          submission.adopt(e)
          open('review')
        }}
      />
    </div>
  )
}
