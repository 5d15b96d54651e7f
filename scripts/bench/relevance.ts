/**
 * `npm run bench:relevance`: the judged query set (test/search/relevance/judged.ts) against the
 * seeded data, per language and engine: MRR, nDCG@10 and the share of queries reaching their
 * judged rank. Orama runs twice in this process, with Voikko (when libvoikko loads) and with the
 * Snowball fallback as the baseline; Meilisearch joins when MEILISEARCH_HOST is set, on the same
 * documents. Uses a fresh SQLite database in a temporary folder. Prints a table; asserts nothing
 * (test/search/relevance/ranks.test.ts does).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const dir = mkdtempSync(path.join(tmpdir(), 'learning-city-relevance-'))
const meiliHost = process.env.MEILISEARCH_HOST
Object.assign(process.env, {
  NODE_ENV: 'test',
  DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
  DATABASE_SCHEMA: 'push',
  DATA_DIR: path.join(dir, 'data'),
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: 'bench-secret-that-is-long-enough-0123456789',
  LOG_LEVEL: 'warn',
})
// The app indexes into Orama; Meilisearch is measured on its own below.
delete process.env.MEILISEARCH_HOST

const { createApp } = await import('../../src/server/app.js')
const { seed } = await import('../../src/seed/index.js')
const { engineFor, reindexAll } = await import('../../src/search/index.js')
const { OramaEngine } = await import('../../src/search/orama/engine.js')
const { MeilisearchEngine } = await import('../../src/search/meilisearch/engine.js')
const { env } = await import('../../src/env.js')
const { selectAnalyser } = await import('../../src/search/analysis/index.js')
const { LOCALES } = await import('../../src/localization.js')
const { JUDGED } = await import('../../test/search/relevance/judged.js')
const { byLocale } = await import('../../test/search/relevance/metrics.js')
type SearchEngine = import('../../src/search/types.js').SearchEngine
type SearchDocument = import('../../src/search/types.js').SearchDocument
type Outcome = import('../../test/search/relevance/metrics.js').Outcome

const log = (line: string) => console.log(`[relevance] ${line}`)
const { payload } = await createApp()
log('seeding the examples and the Helsinki places')
await seed(payload, { demoUsers: false, places: true, log: () => {} })
await reindexAll(payload)

const docs: SearchDocument[] = []
for (const locale of LOCALES) {
  const all = await engineFor(payload).search({
    locale,
    q: '',
    filters: [],
    sort: 'newest',
    offset: 0,
    limit: 1_000_000,
  })
  docs.push(...all.hits.map((h) => h.doc))
}
log(`${docs.length} search documents, ${JUDGED.length} judged queries`)

const run = async (engine: SearchEngine): Promise<Outcome[]> => {
  const outcomes: Outcome[] = []
  for (const judged of JUDGED) {
    const result = await engine.search({
      locale: judged.locale,
      q: judged.q,
      filters: [],
      sort: 'relevance',
      offset: 0,
      limit: 10,
    })
    outcomes.push({ judged, titles: result.hits.map((h) => h.doc.title), total: result.total })
  }
  return outcomes
}

const oramaWith = async (analyser: 'voikko' | 'snowball') => {
  if (!selectAnalyser(analyser)) return null
  const engine = new OramaEngine(path.join(dir, `orama-${analyser}`), () => {}, { cacheSize: 0 })
  await engine.settings()
  await engine.upsert(docs)
  return run(engine)
}

const columns: { name: string; outcomes: Outcome[] }[] = []
const snowball = await oramaWith('snowball')
const voikko = await oramaWith('voikko')
if (voikko) columns.push({ name: 'Orama + Voikko', outcomes: voikko })
else log('libvoikko is not loadable here: the Voikko column is left out')
columns.push({ name: 'Orama + Snowball', outcomes: snowball! })

if (meiliHost) {
  // Documents carry `baseForms` from the analyser in use when they were made (Voikko if loadable).
  selectAnalyser(voikko ? 'voikko' : 'snowball')
  const meili = new MeilisearchEngine({
    host: meiliHost,
    apiKey: process.env.MEILISEARCH_API_KEY,
    indexPrefix: `${process.env.MEILISEARCH_INDEX ?? 'learning-city'}-relevance`,
    requestTimeoutMs: env().MEILISEARCH_TIMEOUT_MS,
    taskTimeoutMs: env().MEILISEARCH_TASK_TIMEOUT_MS,
  })
  await meili.settings()
  await meili.clear()
  await meili.upsert(docs)
  columns.push({ name: 'Meilisearch', outcomes: await run(meili) })
  await meili.clear()
  await meili.close()
}

const pad = (s: string, n: number) => s.padEnd(n)
const lines = [
  '',
  `Relevance: ${JUDGED.length} judged queries on ${docs.length} seeded documents (baseline: Orama + Snowball)`,
  '',
  `| ${pad('engine', 18)} | lang | queries |   MRR | nDCG@10 | met rank | MRR vs baseline |`,
  `|${'-'.repeat(20)}|------|---------|-------|---------|----------|-----------------|`,
]
const base = byLocale(snowball!)
for (const { name, outcomes } of columns) {
  const figures = byLocale(outcomes)
  for (const lang of ['fi', 'sv', 'en', 'all'] as const) {
    const f = figures[lang]
    lines.push(
      `| ${pad(name, 18)} | ${pad(lang, 4)} | ${String(f.queries).padStart(7)} | ${f.mrr.toFixed(3)} | ${f.ndcg.toFixed(3).padStart(7)} | ${`${(f.met * 100).toFixed(0)} %`.padStart(8)} | ${`${(f.mrr / base[lang].mrr).toFixed(2)}×`.padStart(15)} |`,
    )
  }
}
// The queries missing their rank, per column, so that a regression names itself.
for (const { name, outcomes } of columns) {
  const missed = outcomes.filter((o) =>
    o.judged.relevant.length === 0
      ? o.total !== 0
      : !o.titles.slice(0, o.judged.rank).some((t) => o.judged.relevant.includes(t)),
  )
  lines.push('', `${name}: ${missed.length} below their rank`)
  for (const o of missed)
    lines.push(
      `  ${o.judged.locale} "${o.judged.q}" (${o.judged.kind}, rank ≤ ${o.judged.rank}): ${o.total} hits; first: ${o.titles.slice(0, 3).join(' · ') || '—'}`,
    )
}
console.log(lines.join('\n'))

await payload.destroy()
rmSync(dir, { recursive: true, force: true })
process.exit(0)
