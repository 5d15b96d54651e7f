/**
 * `npm run import -- file.json`: writes an export into the configured database. Items already
 * imported from the same source are updated, so running it twice changes nothing more.
 */
import '../src/server/exitOnBadEnv.js'

import { readFileSync } from 'node:fs'

import cliProgress from 'cli-progress'
import { getPayload } from 'payload'

import { loadConfig } from '../src/loadConfig.js'

import { importContent, TransferError } from '../src/interop/transfer/index.js'

const path = process.argv.slice(2).find((a) => !a.startsWith('-'))
if (!path) {
  console.error('Usage: npm run import -- file.json')
  process.exit(2)
}
let input: unknown
try {
  input = JSON.parse(readFileSync(path, 'utf8'))
} catch (err) {
  console.error(`import: cannot read ${path} as JSON: ${(err as Error).message}`)
  process.exit(2)
}

const payload = await getPayload({ config: await loadConfig() })
const bar = new cliProgress.SingleBar(
  { format: '{collection} [{bar}] {value}/{total}' },
  cliProgress.Presets.shades_classic,
)
let current = ''
try {
  const summary = await importContent(payload, input, (collection, done, total) => {
    if (collection !== current) {
      if (current) bar.stop()
      current = collection
      bar.start(total, 0, { collection: collection.padEnd(22) })
    }
    bar.update(done)
  })
  bar.stop()
  console.log(`import: ${summary.created} created, ${summary.updated} updated`)
} catch (err) {
  bar.stop()
  if (!(err instanceof TransferError)) throw err
  console.error(`import: ${err.message}`)
  process.exitCode = 1
}
await payload.destroy()
process.exit(process.exitCode ?? 0)
