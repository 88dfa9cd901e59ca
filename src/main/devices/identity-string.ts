// Identity strings come from the device; a broken or hostile device can put anything in them.
// Clean them into something safe to show and serialise, and say what was wrong.

/** USB string descriptors hold at most 126 UTF-16 code units. */
export const MAX_IDENTITY_LENGTH = 126

export interface CleanedString {
  value: string | null
  problems: string[]
}

const decoder = new TextDecoder('utf-8', { fatal: false })

export function cleanIdentityString(raw: Uint8Array | null): CleanedString {
  if (raw === null) return { value: null, problems: [] }
  const problems: string[] = []
  let text = decoder.decode(raw)
  // sysfs appends one newline; trailing NULs are common padding in firmware strings.
  text = text.replace(/\n$/, '').replace(/\0+$/, '')
  if (text.includes('\uFFFD')) {
    problems.push('is not valid UTF-8')
    text = text.replace(/\uFFFD/g, '')
  }
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f\u007f-\u009f]/g
  if (controls.test(text)) {
    problems.push('contains control characters')
    text = text.replace(controls, '')
  }
  if ([...text].length > MAX_IDENTITY_LENGTH) {
    problems.push(`is ${[...text].length} characters long (a USB string holds at most ${MAX_IDENTITY_LENGTH})`)
    text = [...text].slice(0, MAX_IDENTITY_LENGTH).join('')
  }
  text = text.trim()
  return { value: text.length > 0 ? text : null, problems }
}
