import { defineConfig } from 'vitest/config'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// The app's own log and bundle staging go here while tests run in-process, not into the home folder.
const testState = { LOGI_DIAG_DATA_DIR: join(tmpdir(), 'logi-diag-test-state') }

// Three tiers, one runner. `unit` needs nothing; `device` spawns the built CLI under
// umockdev (test/umockdev); `e2e` drives the built renderer in Debian's chromium. `bundle` runs
// diagnostic bundles end to end (built CLI, umockdev, tmpfs mounts), one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'test/unit/**/*.test.ts',
            'test/privacy/**/*.test.ts',
            'test/tickets/**/*.test.ts',
            'test/os/**/*.test.ts',
            'test/structure/**/*.test.ts',
            'src/**/*.test.ts'
          ],
          environment: 'node',
          env: testState
        }
      },
      { test: { name: 'device', include: ['test/device/**/*.test.ts'], environment: 'node', testTimeout: 30000, hookTimeout: 30000 } },
      {
        test: {
          name: 'bundle',
          include: ['test/bundle/**/*.test.ts'],
          environment: 'node',
          env: testState,
          testTimeout: 120000,
          hookTimeout: 180000,
          fileParallelism: false
        }
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts', 'test/electron/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60000,
          hookTimeout: 60000,
          fileParallelism: false
        }
      }
    ]
  }
})
