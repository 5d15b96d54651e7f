/**
 * `npm run import:places -- file.csv`: imports learning environments from a CSV with the columns
 * name_fi, name_sv, name_en, lat, lng, address, kind, url. Bad rows are listed and skipped.
 */
import '../src/server/exitOnBadEnv.js'

import { readFileSync } from 'node:fs'

import cliProgress from 'cli-progress'
import { getPayload } from 'payload'

import { loadConfig } from '../src/loadConfig.js'

import { importPlacesCsv } from '../src/interop/transfer/places.js'

const path = process.argv.slice(2).find((a) => !a.startsWith('-'))
if (!path) {
  console.error('Usage: npm run import:places -- file.csv')
  process.exit(2)
}
let csv: string
try {
  csv = readFileSync(path, 'utf8')
} catch (err) {
  console.error(`import:places: cannot read ${path}: ${(err as Error).message}`)
  process.exit(2)
}

const payload = await getPayload({ config: await loadConfig() })
const bar = new cliProgress.SingleBar(
  { format: 'places [{bar}] {value}/{total}' },
  cliProgress.Presets.shades_classic,
)
let started = false
try {
  const summary = await importPlacesCsv(payload, csv, (done, total) => {
    if (!started) bar.start(total, 0)
    started = true
    bar.update(done)
  })
  bar.stop()
  for (const { line, message } of summary.rejected) console.log(`line ${line}: ${message}`)
  console.log(
    `import:places: ${summary.imported} imported, ${summary.updated} updated, ${summary.rejected.length} rejected`,
  )
} catch (err) {
  bar.stop()
  console.error(`import:places: ${(err as Error).message}`)
  process.exitCode = 1
}
await payload.destroy()
process.exit(process.exitCode ?? 0)
