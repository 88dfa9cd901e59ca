// One file of a collection after the filter ran: where its redacted text is staged, what it
// costs, what was redacted in it. Binary files have no staged copy: their source is read
// straight into the zip, and only if the user opted in.
import type { CategoryCounts, CollectorId } from '../../shared/contract'
import type { Source } from './collectors/types'

export interface StagedFile {
  fileId: string
  collector: CollectorId
  /** Path inside the bundle, redacted and safe as a file name on every OS. */
  path: string
  source: Source
  /** Redacted UTF-8 text on disk (private staging folder); null for binary files. */
  stagingPath: string | null
  bytes: number
  compressedBytes: number
  counts: CategoryCounts
  redactionCount: number
  binary: boolean
  cutBytes: number
}
