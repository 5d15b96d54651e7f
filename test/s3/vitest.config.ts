import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

/** `npm run test:s3`: the upload suites with media in a real SeaweedFS bucket. */
export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
  test: {
    include: ['test/security/uploads.test.ts', 'test/int/health.test.ts'],
    globalSetup: ['test/s3/globalSetup.ts'],
    pool: 'forks',
    // One bucket for the run: files that count its objects must not run side by side.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
})
