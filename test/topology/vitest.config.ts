import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

/** `npm run test:topology`: real app and worker processes on one PostgreSQL database. */
export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
  test: {
    include: ['test/topology/**/*.test.ts'],
    globalSetup: ['test/topology/globalSetup.ts'],
    pool: 'forks',
    // Each file starts several servers; two cores do not fit two files' worth.
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 900_000,
    reporters: ['default'],
  },
})
