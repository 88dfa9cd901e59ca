import { CATEGORIES, type Category } from './categories'

/** One replaced span, in output coordinates, for a review UI to highlight. */
export interface RedactionSpan {
  /** 1-based line number in the redacted file */
  line: number
  /** UTF-16 offsets within that line of the redacted output: [start, end) */
  start: number
  end: number
  category: Category
  rule: string
  token: string
}

export interface FileReport {
  file: string
  lines: number
  charsIn: number
  charsOut: number
  encoding: 'utf8' | 'utf16le' | 'latin1'
  counts: Record<Category, number>
  spans: RedactionSpan[]
  /** true when more spans existed than `maxSpansPerFile` */
  spansTruncated: boolean
}

/** Per-run report: counts per category and rule, and spans per file. Never contains values. */
export interface RedactionReport {
  categories: Record<Category, number>
  rules: Record<string, number>
  files: FileReport[]
  /** Distinct values dropped from the pseudonym map to bound memory (0 below the limit). */
  pseudonymsForgotten: number
}

export function emptyCounts(): Record<Category, number> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>
}
