/**
 * `npm run seed`: seeds reference data and example content into the configured database. Safe to
 * run again. Demo users (with public passwords) are created outside production only.
 */
import '../src/server/exitOnBadEnv.js'

import { getPayload } from 'payload'

import { loadConfig } from '../src/loadConfig.js'

import { env } from '../src/env.js'
import { engineFor, reindexAll } from '../src/search/index.js'
import { seed } from '../src/seed/index.js'

const payload = await getPayload({ config: await loadConfig() })
if (env().DATABASE_SCHEMA === 'migrate' && env().databaseKind !== 'mongodb')
  await payload.db.migrate()
await seed(payload, {
  demoUsers: env().NODE_ENV !== 'production',
  demoCredential: env().NODE_ENV !== 'production',
  log: (line) => console.log(line),
})
// The seed writes without search hooks, so the index is rebuilt from what is now published.
const indexed = await reindexAll(payload)
console.log(`search: indexed ${indexed.documents} documents in ${indexed.ms} ms`)
await engineFor(payload).close()
await payload.destroy()
