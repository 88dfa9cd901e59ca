// What went wrong with an input file, in a sentence that names the file once and says what to do,
// instead of a Node error code (ENOENT, EISDIR) or an internal option name.

export function inputErrorMessage(file: string, err: unknown): string {
  const name = file === '-' ? 'standard input' : file
  if (err instanceof Error && err.name === 'BinaryInputError') {
    return `${name} looks like a binary file, not text; refusing to redact it. Add --allow-binary to redact it as Latin-1 text anyway.`
  }
  switch ((err as NodeJS.ErrnoException | null)?.code) {
    case 'ENOENT':
      return `${name}: there is no such file. Check the path.`
    case 'EISDIR':
      return `${name} is a folder, not a file. Name the files in it instead (for example ${name}/*.log).`
    case 'EACCES':
    case 'EPERM':
      return `${name}: this user may not read it. Check the file's permissions, or run as a user who can read it.`
    default:
      return `${name}: ${err instanceof Error ? err.message : String(err)}`
  }
}
