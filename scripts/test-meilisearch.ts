/**
 * `npm run test:meilisearch`: checks that MEILISEARCH_HOST answers (one line and exit 1 when it
 * is unset, unreachable or refuses the key), then runs the search suites against it.
 */
import { spawnSync } from 'node:child_process'

import { meiliPreflight } from '../src/search/meilisearch/preflight.js'

const result = await meiliPreflight({
  host: process.env.MEILISEARCH_HOST,
  apiKey: process.env.MEILISEARCH_API_KEY,
})
if (!result.ok) {
  console.error(`test:meilisearch: ${result.message}`)
  process.exit(1)
}
console.log(`test:meilisearch: Meilisearch ${result.version} at ${process.env.MEILISEARCH_HOST}`)
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'test/meilisearch/vitest.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit' },
)
process.exit(run.status ?? 1)
