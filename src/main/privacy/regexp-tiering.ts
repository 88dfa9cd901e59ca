// V8 first runs a regex in its bytecode interpreter and compiles it to machine code on a later run
// ("tier-up"). The engine runs each of its large regexes over chunks that are sometimes one-byte
// (Latin-1) strings and sometimes two-byte ones (a chunk with one `ł` or `渡` is two-byte), and V8
// keeps one compiled form per encoding: measured here (Node 20), its largest regexes went back to
// the interpreter and were compiled again hundreds of times per 2.5 MB (`--trace-regexp-tier-up`:
// 768 forced tier-ups of one regex), and replaying the bench corpus's chunks through the rules, the
// host-name rule ran at 8 MB/s after the others instead of 87 MB/s alone.
// Compiling every regex to machine code on first use removes that churn: the whole engine ran
// about 27% faster (`npm run bench privacy`). V8 reads the flag each time it compiles a regex, so
// setting it after start-up applies to every regex compiled after.
import { setFlagsFromString } from 'node:v8'

let set = false
/** Makes V8 compile regexes to machine code on their first run (once per process). */
export function compileRegExpsNatively(): void {
  if (set) return
  set = true
  setFlagsFromString('--no-regexp-tier-up')
}
