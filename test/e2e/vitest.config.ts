import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

/** `npm run test:e2e`: the real server and Debian's Chromium, one file at a time. */
export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    pool: 'forks',
    // Each file starts a server and a browser; two cores do not fit two of each.
    fileParallelism: false,
    testTimeout: 300_000,
    // A page on a loaded two-core machine can take seconds: wait on conditions, generously.
    expect: { poll: { timeout: 60_000, interval: 200 } },
    hookTimeout: 600_000,
    reporters: ['default'],
  },
})
