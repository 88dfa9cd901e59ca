import { defineConfig } from 'vitest/config'

// Three tiers, one runner. `unit` needs nothing; `device` spawns the built CLI under
// umockdev (test/umockdev); `e2e` drives the built renderer in Debian's chromium.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/privacy/**/*.test.ts', 'src/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'device', include: ['test/device/**/*.test.ts'], environment: 'node', testTimeout: 30000, hookTimeout: 30000 } },
      { test: { name: 'bundle', include: ['test/bundle/**/*.test.ts'], environment: 'node', testTimeout: 120000, hookTimeout: 180000, fileParallelism: false } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts', 'test/electron/**/*.test.ts'], environment: 'node', testTimeout: 60000, hookTimeout: 60000, fileParallelism: false } }
    ]
  }
})
