/**
 * `npm run search:check`: compares the published content with the search index and lists the
 * drift both ways, and the engine's settings with the adapter's. Exits 1 when there is any (run
 * `npm run reindex` to repair), 0 otherwise.
 */
import '../src/server/exitOnBadEnv.js'

import { getPayload } from 'payload'

import { loadConfig } from '../src/loadConfig.js'
import { engineFor, outboxStats, searchDrift } from '../src/search/index.js'

const payload = await getPayload({ config: await loadConfig() })
const engine = engineFor(payload)
// Read only where the engine can compare (Meilisearch): its settings() would apply what is checked.
// The in-process engine's settings() loads its index from disk and has no settings to drift.
const settingsDrift = engine.settingsDrift ? await engine.settingsDrift() : []
if (!engine.settingsDrift) await engine.settings()
const drift = await searchDrift(payload)
const outbox = await outboxStats(payload)
const show = (ids: string[]) =>
  ids.length > 20 ? [...ids.slice(0, 20), `… and ${ids.length - 20} more`] : ids
console.log(`engine: ${engineFor(payload).name}`)
console.log(
  `database: ${drift.database} documents (published items × locales); index: ${drift.index}`,
)
console.log(`in the database but not in the index: ${drift.missing.length}`)
for (const id of show(drift.missing)) console.log(`  ${id}`)
console.log(`in the index but not published in the database: ${drift.extra.length}`)
for (const id of show(drift.extra)) console.log(`  ${id}`)
console.log(
  `outbox: ${outbox.pending} pending (oldest ${outbox.oldestAgeSeconds} s), ${outbox.failed} failing`,
)
console.log(`engine settings that differ from the adapter's: ${settingsDrift.length}`)
for (const line of settingsDrift) console.log(`  ${line}`)
const drifted = drift.missing.length + drift.extra.length + settingsDrift.length > 0
console.log(drifted ? 'DRIFT: run `npm run reindex`' : 'OK: no drift')
await payload.destroy()
process.exit(drifted ? 1 : 0)
