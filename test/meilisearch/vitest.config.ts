/**
 * `npm run test:meilisearch`: the search suites against a real Meilisearch at MEILISEARCH_HOST
 * (+ MEILISEARCH_API_KEY). The engine is chosen by the environment, so these are the same files
 * the default run checks on Orama: the contract (relevance, facets, geo radius and distance sort,
 * device fit, locales, drafts, deletes, relation changes, reindex and drift), the adapter's own
 * live test, the outbox, the relevance set, the hostile-input fuzz and the engine-down fault.
 */
import { defineConfig } from 'vitest/config'

import base from '../../vitest.config.js'

// Spread, not mergeConfig: that would add these globs to the default run's `test/**` instead.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'test/search/**/*.test.ts',
      'test/faults/searchEngineDown.test.ts',
      'test/security/searchFuzz.test.ts',
    ],
    // Without a reachable server nothing runs (scripts/test-meilisearch.ts says so in one line).
    globalSetup: ['test/meilisearch/preflight.ts'],
  },
})
