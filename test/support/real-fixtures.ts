// The one loader of real device captures: read from ../shared/fixtures/real at test time. They
// are third-party data and are never copied into this repository; when one is absent the test
// that needs it fails with a message naming the missing path.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const REAL_FIXTURES_DIR = process.env.LOGI_DIAG_REAL_FIXTURES ?? resolve(__dirname, '../../../shared/fixtures/real')

export function realFixture(name: string): Buffer {
  const path = join(REAL_FIXTURES_DIR, name)
  if (!existsSync(path)) {
    throw new Error(
      `real device capture absent: ${path} (expected ../shared/fixtures/real beside the repository; set LOGI_DIAG_REAL_FIXTURES to point elsewhere)`
    )
  }
  return readFileSync(path)
}
