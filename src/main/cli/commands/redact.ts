import { createReadStream, createWriteStream } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import type { Command } from 'commander'
import { inputErrorMessage } from '../input-errors'
import { repeatable } from '../repeatable'

// `logi-diag redact [FILE...]`: one redaction session for all files, so one value gets one
// token everywhere. Redacted text goes to stdout; the report and the pseudonym map only go
// where the user points them (the map stays on this machine).
export function registerRedact(program: Command): void {
  program
    .command('redact')
    .description('redact personal data from log files (stdin → stdout when no file is given)')
    .argument('[files...]', 'files to redact, written one after another to stdout')
    .option('--keep <value>', 'never redact this exact string (repeatable)', repeatable)
    .option('--redact <value>', 'always redact this term, e.g. a room or company name (repeatable)', repeatable)
    .option(
      '--redact-file <path>',
      'always redact the terms in this file: one per line, or CSV with a kind column (person, user, host, domain, term) (repeatable)',
      repeatable
    )
    .option('--report <path>', 'write a JSON report (counts per category, replaced spans)')
    .option('--map <path>', 'write the value → token map (keep it on this machine, never in a bundle)')
    .option('--serial <value>', 'a Logitech device serial to keep (repeatable)', repeatable)
    .option('--allow-binary', 'redact binary input as Latin-1 text instead of refusing it')
    .option('--no-host-identities', "do not redact this machine's user, full name, host name and domain")
    .action(
      async (
        files: string[],
        opts: {
          keep?: string[]
          redact?: string[]
          redactFile?: string[]
          report?: string
          map?: string
          serial?: string[]
          allowBinary?: boolean
          hostIdentities: boolean
        }
      ) => {
        // Loaded on use: the engine and its phone-number metadata cost every other command ~50 ms.
        const { createRedactionSession, gatherHostIdentities, parseTermList } = await import('../../privacy')
        const terms = []
        for (const file of opts.redactFile ?? []) {
          const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
            throw new Error(`--redact-file ${file}: ${err.code ?? err.message}`)
          })
          try {
            terms.push(...parseTermList(text))
          } catch (err) {
            throw new Error(`--redact-file ${file}: ${err instanceof Error ? err.message : String(err)}`)
          }
        }
        const session = createRedactionSession({
          hostIdentities: opts.hostIdentities ? gatherHostIdentities() : {},
          keep: opts.keep ?? [],
          redact: opts.redact ?? [],
          terms,
          deviceSerials: opts.serial ?? []
        })
        const sources = files.length > 0 ? files : ['-']
        for (const file of sources) {
          const input = file === '-' ? process.stdin : createReadStream(file)
          const stream = session.createStream({ fileName: file === '-' ? '<stdin>' : file, allowBinary: opts.allowBinary === true })
          await pipeline(input, stream, async function (source: AsyncIterable<Buffer>) {
            for await (const chunk of source) if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once('drain', r))
          }).catch((err: unknown) => {
            throw new Error(inputErrorMessage(file, err))
          })
        }
        if (opts.report) await writeFile(opts.report, JSON.stringify(session.report(), null, 2) + '\n')
        if (opts.map) {
          const out = createWriteStream(opts.map, { mode: 0o600 })
          await pipeline(async function* () {
            yield JSON.stringify(session.pseudonymMap(), null, 2) + '\n'
          }, out)
        }
      }
    )
}
