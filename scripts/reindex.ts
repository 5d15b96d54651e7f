/**
 * `npm run reindex`: rebuilds the search index from the published content, with a progress bar.
 * With the in-process engine, restart running servers afterwards (each holds its own copy).
 */
import '../src/server/exitOnBadEnv.js'

import { SingleBar, Presets } from 'cli-progress'
import { getPayload } from 'payload'

import { loadConfig } from '../src/loadConfig.js'
import { engineFor, reindexAll } from '../src/search/index.js'

const payload = await getPayload({ config: await loadConfig() })
const bar = new SingleBar(
  { format: '{collection} |{bar}| {value}/{total} items · {documents} documents' },
  Presets.shades_classic,
)
let current = ''
const result = await reindexAll(payload, {
  onProgress: ({ collection, items, totalItems, documents }) => {
    if (collection !== current) {
      if (current) bar.stop()
      current = collection
      bar.start(totalItems, 0, { collection: collection.padEnd(21), documents })
    }
    bar.update(items, { documents })
  },
})
if (current) bar.stop()
await engineFor(payload).close()
console.log(
  `Indexed ${result.documents} documents (${result.items} items) in ${(result.ms / 1000).toFixed(1)} s with ${engineFor(payload).name}.`,
)
await payload.destroy()
process.exit(0)
