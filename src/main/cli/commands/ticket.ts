import type { Command } from 'commander'
import { readFile } from 'node:fs/promises'
import { Outbox as OutboxDoc, OutboxEntry, RouteDecision, TicketForm, type TicketProgress } from '../../../shared/contract'
import type { TicketServiceOptions } from '../../tickets/ticket-service'
// Loaded on use: routing and filing pull in phone-number metadata and the HTTP client.
const tickets = () => import('../../tickets/ticket-service')
import { envTokenSource, TOKEN_ENV } from '../../tickets/token-source'
import { parseIsoDate } from '../../tickets/calendar'
import { EXIT } from '../exit-codes'
import { formatDecision, formatEntry } from '../format/ticket-text'

class UsageError extends Error {}

/** Form field → the `ticket route` option that fills it, for error messages. */
const OPTION_OF: Record<string, string> = {
  issueClass: '--issue',
  extensionDate: '--ew-date',
  region: '--region',
  component: '--component',
  model: '--model',
  purchaseDate: '--purchase-date'
}

async function readForm(path: string): Promise<TicketForm> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw new UsageError(`cannot read the form ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new UsageError(`the form ${path} is not valid JSON`)
  }
  // Strict: a misspelt field name is an error, not a silently empty field.
  const parsed = TicketForm.strict().safeParse(json)
  if (!parsed.success) {
    throw new UsageError(
      `the form ${path} is not a ticket form: ${parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ')}`
    )
  }
  return parsed.data
}

function tokenOptions(opts: { anonymous?: boolean; tokenEnv?: string }): Pick<TicketServiceOptions, 'anonymous' | 'token'> {
  if (opts.anonymous && opts.tokenEnv) throw new UsageError('use either --anonymous or --token-env, not both')
  if (opts.tokenEnv && !process.env[opts.tokenEnv]?.trim())
    throw new UsageError(`--token-env ${opts.tokenEnv}: that environment variable is empty or not set`)
  return { anonymous: Boolean(opts.anonymous), token: envTokenSource(opts.tokenEnv ?? TOKEN_ENV) }
}

/** Progress on stderr, one line per state change, so stdout stays the result alone. */
function progressPrinter(): (p: TicketProgress) => void {
  let last = ''
  return (p) => {
    // Upload progress in quarter steps: enough to see it move, not a line per chunk.
    const pct = p.totalBytes ? ` ${Math.floor(((p.uploadedBytes ?? 0) * 4) / p.totalBytes) * 25}%` : ''
    const line = `${p.state}: ${p.message}${pct}`
    if (line !== last) process.stderr.write(`logi-diag: ${line}\n`)
    last = line
  }
}

/** 0 filed (or nothing left to do), 4 saved in the outbox but not filed yet, 1 failed. */
function exitFor(entries: OutboxEntry[]): number {
  if (entries.some((e) => e.state === 'failed')) return EXIT.failure
  if (entries.some((e) => e.state !== 'filed' && e.state !== 'discarded')) return EXIT.ticketPending
  return EXIT.ok
}

async function run(action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`logi-diag: ${err.message}\n`)
      process.exitCode = EXIT.usage
      return
    }
    if (err instanceof (await tickets()).TicketFormError) {
      process.stderr.write(`logi-diag: ${err.message}\n`)
      process.exitCode = EXIT.failure
      return
    }
    throw err
  }
}

export function registerTicket(program: Command): void {
  const ticket = program
    .command('ticket')
    .description('route, file and export support tickets (JumpStart, RMA, extended warranty, support)')

  ticket
    .command('route')
    .description('decide the route for a case from the service terms; prints route, rule, reasons, required and missing fields')
    .requiredOption('--model <name>', 'product name or model number, e.g. "Tap" or "V-U0053"')
    .requiredOption('--purchase-date <date>', 'date the product was bought, YYYY-MM-DD')
    .requiredOption('--issue <class>', 'hardware | incident | unknown')
    .option('--ew-date <date>', 'date the extended warranty was bought, YYYY-MM-DD')
    .option('--spoc', 'you are the customer’s single point of contact')
    .option('--region <region>', 'na | emea | apac')
    .option('--component <owner>', 'logitech | third-party (default logitech)')
    .option('--today <date>', 'decide as of this date, YYYY-MM-DD (default today)')
    .option('--json', 'print JSON')
    .action(
      (opts: {
        model: string
        purchaseDate: string
        issue: string
        ewDate?: string
        spoc?: boolean
        region?: string
        component?: string
        today?: string
        json?: boolean
      }) =>
        run(async () => {
          const parsed = TicketForm.safeParse({
            model: opts.model,
            purchaseDate: opts.purchaseDate,
            issueClass: opts.issue,
            extensionDate: opts.ewDate,
            spoc: Boolean(opts.spoc),
            region: opts.region,
            component: opts.component
          })
          if (!parsed.success)
            throw new UsageError(
              parsed.error.issues.map((i) => `${OPTION_OF[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`).join('; ')
            )
          for (const [value, option] of [
            [opts.purchaseDate, '--purchase-date'],
            [opts.ewDate, '--ew-date']
          ] as const) {
            if (value !== undefined && !parseIsoDate(value))
              throw new UsageError(`${option} must be a real date as YYYY-MM-DD, got "${value.slice(0, 40)}"`)
          }
          let decision: RouteDecision
          try {
            decision = RouteDecision.parse(new (await tickets()).TicketService().route(parsed.data, opts.today))
          } catch (err) {
            throw new UsageError((err as Error).message)
          }
          const { route, rule, reasons, required, missing } = decision
          process.stdout.write(
            opts.json ? JSON.stringify({ route, rule, reasons, required, missing }, null, 2) + '\n' : formatDecision(decision)
          )
          process.exitCode = EXIT.ok
        })
    )

  ticket
    .command('submit')
    .description('file the ticket with its bundle through the outbox (saved before anything is sent; resumed by `ticket outbox --retry`)')
    .requiredOption('--endpoint <url>', 'help centre base URL, e.g. https://example.zendesk.com')
    .option('--anonymous', 'file without signing in')
    .option('--token-env <var>', 'environment variable holding the OAuth bearer token')
    .requiredOption('--form <file>', 'the ticket form as JSON (see README)')
    .requiredOption('--bundle <path>', 'the diagnostics bundle (.zip) to attach')
    .option('--json', 'print the outbox entry as JSON')
    .action((opts: { endpoint: string; anonymous?: boolean; tokenEnv?: string; form: string; bundle: string; json?: boolean }) =>
      run(async () => {
        const form = await readForm(opts.form)
        const service = new (await tickets()).TicketService({
          endpoint: opts.endpoint,
          ...tokenOptions(opts),
          onProgress: opts.json ? undefined : progressPrinter()
        })
        const entry = OutboxEntry.parse(await service.submit(form, opts.bundle))
        process.stdout.write(opts.json ? JSON.stringify(entry, null, 2) + '\n' : formatEntry(entry))
        process.exitCode = exitFor([entry])
      })
    )

  ticket
    .command('outbox')
    .description('list submitted tickets; --retry carries every unfinished or failed one forward')
    .option('--retry', 'resume waiting and interrupted tickets and retry failed ones')
    .option('--resend <id>', 'the ticket may have arrived and did not: send it again')
    .option('--mark-filed <id>', 'the ticket may have arrived and did: mark it filed')
    .option('--ticket-id <n>', 'with --mark-filed: the ticket number from the confirmation e-mail')
    .option('--discard <id>', 'drop an unfinished ticket')
    .option('--token-env <var>', 'environment variable holding the OAuth bearer token (for tickets filed signed in)')
    .option('--json', 'print JSON')
    .action(
      (opts: {
        retry?: boolean
        resend?: string
        markFiled?: string
        ticketId?: string
        discard?: string
        tokenEnv?: string
        json?: boolean
      }) =>
        run(async () => {
          const answers = [opts.resend, opts.markFiled, opts.discard].filter(Boolean).length
          if (answers > 1 || (answers === 1 && opts.retry)) throw new UsageError('use one of --retry, --resend, --mark-filed, --discard')
          const ticketId = opts.ticketId === undefined ? undefined : Number(opts.ticketId)
          if (ticketId !== undefined && !(Number.isInteger(ticketId) && ticketId > 0))
            throw new UsageError('--ticket-id must be a positive whole number')
          const service = new (await tickets()).TicketService({
            ...tokenOptions({ tokenEnv: opts.tokenEnv }),
            onProgress: opts.json ? undefined : progressPrinter()
          })
          if (opts.resend) await service.retry({ id: opts.resend, action: 'resend' })
          if (opts.markFiled) await service.retry({ id: opts.markFiled, action: 'mark-filed', ticketId })
          if (opts.discard) await service.retry({ id: opts.discard, action: 'discard' })
          if (opts.retry) {
            await service.outbox.resumeAll()
            for (const e of (await service.outbox.list()).entries)
              if (e.state === 'failed') await service.retry({ id: e.id, action: 'retry' })
          }
          const { entries, problems } = await service.outbox.list()
          for (const p of problems) process.stderr.write(`logi-diag: warning: ${p}\n`)
          const doc = OutboxDoc.parse({ entries })
          process.stdout.write(
            opts.json
              ? JSON.stringify(doc, null, 2) + '\n'
              : entries.length
                ? entries.map(formatEntry).join('\n')
                : 'The outbox is empty.\n'
          )
          process.exitCode = opts.retry || answers ? exitFor(entries) : EXIT.ok
        })
    )

  ticket
    .command('export')
    .description('save the ticket package (ticket.json, summary.txt, the bundle) for the SPOC or for uploading by hand')
    .requiredOption('--form <file>', 'the ticket form as JSON')
    .requiredOption('--bundle <path>', 'the diagnostics bundle (.zip)')
    .requiredOption('--out <dir>', 'folder to save the package in')
    .option('--zip', 'one .zip instead of a folder')
    .option('--json', 'print where it was written as JSON')
    .action((opts: { form: string; bundle: string; out: string; zip?: boolean; json?: boolean }) =>
      run(async () => {
        const form = await readForm(opts.form)
        const result = await new (await tickets()).TicketService().export(form, opts.bundle, opts.zip ? 'zip' : 'folder', opts.out)
        process.stdout.write(
          opts.json
            ? JSON.stringify(
                { path: result.path, files: result.files, route: result.decision.route, rule: result.decision.rule },
                null,
                2
              ) + '\n'
            : `Saved the ticket package (${result.decision.title}) to ${result.path}\n`
        )
        process.exitCode = EXIT.ok
      })
    )
}
