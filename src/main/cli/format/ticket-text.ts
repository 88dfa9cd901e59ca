// Human-readable routing decisions and outbox entries for `logi-diag ticket`.
import type { OutboxEntry, RouteDecision } from '../../../shared/contract'

export function formatDecision(d: RouteDecision): string {
  const lines = [`${d.title} — route ${d.route} (rule ${d.rule}, as of ${d.today})`, '']
  for (const r of d.reasons) {
    lines.push(`- ${r.text}`)
    if (r.term)
      lines.push(
        `    ${r.term.document === 'jumpstart' ? 'JumpStart terms' : r.term.document === 'extended-warranty' ? 'Extended Warranty terms' : 'App'} ${r.term.clause}: “${r.term.quote}”`
      )
  }
  lines.push('', `Needs: ${d.required.join(', ') || 'nothing more'}`)
  if (d.missing.length) lines.push(`Missing: ${d.missing.join(', ')}`)
  for (const p of d.invalid) lines.push(`Invalid ${p.field}: ${p.message}`)
  if (d.contractingEntity) lines.push(`Contract with: ${d.contractingEntity}`)
  lines.push(`What to expect: ${d.expect.text}`)
  return lines.join('\n') + '\n'
}

export function formatEntry(e: OutboxEntry): string {
  const head = `${e.id}  ${e.state}  ${e.subject}`
  const lines = [head, `  bundle ${e.bundleId} → ${e.endpoint} (${e.auth}), ${e.attempts} attempt(s)`]
  if (e.state === 'filed') lines.push(`  ticket ${e.ticketId ?? '(number not known)'}${e.ticketUrl ? `  ${e.ticketUrl}` : ''}`)
  if (e.state === 'waiting') lines.push(`  next attempt at ${e.nextAttemptAt}`)
  if (e.error && e.state !== 'filed') {
    lines.push(`  ${e.error.message}`)
    for (const f of e.error.fields) lines.push(`  ${f.field}: ${f.message}`)
    for (const o of e.error.other) lines.push(`  ${o}`)
  }
  if (e.state === 'needs-decision')
    lines.push(`  answer with: logi-diag ticket outbox --mark-filed ${e.id} [--ticket-id N]  or  --resend ${e.id}`)
  return lines.join('\n') + '\n'
}
