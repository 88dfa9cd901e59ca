// Pretty-printed JSON puts each member of an object on a line of its own, so a device's serial and
// the model or vendor that says whose it is stand on different lines, in either order:
//     "device": {
//       "model": "Rally Bar Mini",
//       "serial": "2241LZ0R3K6C",
// No line rule can see the object whole. As usb-dumps.ts does for `lsusb -v` blocks, this reads each
// file's lines in order, keeps the members of the objects being read (one frame per open brace or
// bracket), and when an object closes hands the serials of one that names a Logitech product or
// vendor to `keep` (the inventory's kept serials). A serial whose object closes in a later chunk
// is judged without it on its own line.

import { LOGITECH_WORD } from './rules/context-keys'

interface Frame {
  serials: string[]
  logitech: boolean
}
/** The objects being read, carried from one chunk of a file to the next. */
export interface JsonBlockState {
  frames: Frame[]
  /** braces opened past MAX_DEPTH: their closes pop nothing, so the frames below stay matched */
  overflow?: number
}

// `"key": "value",` or `"key": 123,` or `"key": {` / `"key": [` on a line of its own
const MEMBER = /^[ \t]*"([A-Za-z_][\w.-]{0,40})"[ \t]*:[ \t]*(?:"((?:[^"\\\n]|\\.){0,200})"|([^\s,{}[\]"]{1,80})|([{[]))[ \t]*,?[ \t]*\r?$/
const OPEN = /^[ \t]*[{[][ \t]*\r?$/
const CLOSE = /^[ \t]*[}\]][ \t]*,?[ \t]*\r?$/
const SERIAL_KEY = /^(?:serial(?:[_-]?(?:number|no|num))?|sn|device[_-]?serial(?:[_-]?number)?)$/i
// (the members that say what a device is; a name or display name may be a room's, `Rally Room`)
const NAMING_KEY =
  /^(?:model|product|product[_-]?name|device|device[_-]?(?:model|type)|vendor|vendor[_-]?name|manufacturer|make|brand|type)$/i
const VENDOR_ID_KEY = /^(?:vid|vendor[_-]?id|id[_-]?vendor)$/i
const MAX_DEPTH = 64
const MAX_SERIALS = 16

/** Reads `text` (whole lines of one file, in order); calls `keep` with each serial of an object that names Logitech. */
export function learnJsonBlockSerials(text: string, state: JsonBlockState, keep: (serial: string) => void): void {
  // (only text with a member on a line of its own: most log chunks are read no further)
  if (!text.includes('"') || !/^[ \t]*"[^"\n]{1,42}"[ \t]*:/m.test(text)) {
    if (state.frames.length > 0 && /^[ \t]*[}\]]/m.test(text)) readBraceLines(text, state, keep)
    return
  }
  for (let ls = 0; ls < text.length;) {
    let nl = text.indexOf('\n', ls)
    if (nl < 0) nl = text.length
    const line = text.slice(ls, nl)
    ls = nl + 1
    readLine(line, state, keep)
  }
}

function readLine(line: string, state: JsonBlockState, keep: (serial: string) => void): void {
  const frames = state.frames
  if (CLOSE.test(line)) {
    if (state.overflow) {
      state.overflow--
      return
    }
    const frame = frames.pop()
    if (frame?.logitech) for (const s of frame.serials) keep(s)
    return
  }
  if (OPEN.test(line)) {
    open(state)
    return
  }
  const m = MEMBER.exec(line)
  if (m === null) return
  if (m[4] !== undefined) {
    open(state)
    return
  }
  const frame = frames[frames.length - 1]
  if (frame === undefined) return
  const key = m[1]!
  const value = m[2] ?? m[3] ?? ''
  if (SERIAL_KEY.test(key) && value !== '' && frame.serials.length < MAX_SERIALS) frame.serials.push(value)
  else if (NAMING_KEY.test(key) && LOGITECH_WORD.test(value)) frame.logitech = true
  else if (VENDOR_ID_KEY.test(key) && /^(?:0x)?046d$/i.test(value)) frame.logitech = true
}

function open(state: JsonBlockState): void {
  if (state.frames.length < MAX_DEPTH) state.frames.push({ serials: [], logitech: false })
  else state.overflow = (state.overflow ?? 0) + 1
}

// a chunk with no member lines may still close the objects left open
function readBraceLines(text: string, state: JsonBlockState, keep: (serial: string) => void): void {
  for (const line of text.split('\n')) if (CLOSE.test(line) || OPEN.test(line)) readLine(line, state, keep)
}
