/**
 * `npm run export -- --out file.json`: writes all content (relations, every locale) of the
 * configured database to a JSON file that `npm run import` reads.
 */
import '../src/server/exitOnBadEnv.js'

import { writeFileSync } from 'node:fs'

import cliProgress from 'cli-progress'
import { getPayload } from 'payload'

import { loadConfig } from '../src/loadConfig.js'

import { env } from '../src/env.js'
import { exportContent } from '../src/interop/transfer/index.js'

const outIndex = process.argv.indexOf('--out')
const out = outIndex > 0 ? process.argv[outIndex + 1] : undefined
if (!out) {
  console.error('Usage: npm run export -- --out file.json')
  process.exit(2)
}

const payload = await getPayload({ config: await loadConfig() })
const bar = new cliProgress.SingleBar(
  { format: '{collection} [{bar}] {value}/{total}' },
  cliProgress.Presets.shades_classic,
)
let current = ''
const file = await exportContent(payload, env().serverUrl, (collection, done, total) => {
  if (collection !== current) {
    if (current) bar.stop()
    current = collection
    bar.start(total, 0, { collection: collection.padEnd(22) })
  }
  bar.update(done)
})
bar.stop()
writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`)
const counts = Object.entries(file.collections).map(([c, docs]) => `${c} ${docs.length}`)
console.log(`export: wrote ${out} (${counts.join(', ')})`)
await payload.destroy()
process.exit(0)
