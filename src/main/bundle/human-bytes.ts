/** 20971520 → "20.0 MB": sizes in the CLI, the manifest's reasons and summary text. */
export function humanBytes(n: number): string {
  return n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`
}
