/**
 * `npm run bench:search:scale`: the in-process Orama engine at BENCH_DOCUMENTS search documents
 * (default 100 000, Finnish, generated from the teacher vocabulary of corpus.ts): index build
 * time, RSS, search and suggest p50/p95, once with Voikko and once with the Snowball fallback (the
 * baseline, same run). Each analyser runs in a child process of its own, so RSS is its alone.
 * Asserts nothing.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 100_000)
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 300)

type Figures = {
  analyser: string
  documents: number
  buildMs: number
  rssMb: number
  searchP50: number
  searchP95: number
  suggestP50: number
  suggestP95: number
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

const child = async (name: 'voikko' | 'snowball'): Promise<Figures | null> => {
  process.env.PAYLOAD_SECRET ??= 'bench-secret-that-is-long-enough-0123456789'
  const { selectAnalyser } = await import('../../src/search/analysis/index.js')
  const { OramaEngine } = await import('../../src/search/orama/engine.js')
  const { METHODS, PLACES, TOPICS } = await import('./corpus.js')
  const { JUDGED } = await import('../../test/search/relevance/judged.js')
  if (!selectAnalyser(name)) return null
  const dir = mkdtempSync(path.join(tmpdir(), 'learning-city-scale-'))
  const engine = new OramaEngine(dir, () => {}, { cacheSize: 0 })
  await engine.settings()
  const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!
  const started = performance.now()
  const BATCH = 2000
  for (let from = 0; from < DOCUMENTS; from += BATCH) {
    const docs = []
    for (let i = from; i < Math.min(DOCUMENTS, from + BATCH); i++) {
      const topic = pick(TOPICS, i)
      const method = pick(METHODS, Math.floor(i / TOPICS.length))
      const place = pick(PLACES, Math.floor(i / (TOPICS.length * METHODS.length)))
      docs.push({
        id: `pedagogical-models:${i}:fi`,
        itemId: String(i),
        type: 'pedagogical-models' as const,
        locale: 'fi' as const,
        slug: `malli-${i}`,
        title: `${topic}: ${method} ${place} ${i}`,
        summary: `Oppilaat tutkivat aihetta ${topic.toLowerCase()} ${place} ja esittelevät tuloksensa.`,
        text: `${method} sopii ${topic.toLowerCase()}an. Luokka työskentelee ryhmissä ${place}, kirjaa havaintonsa ja arvioi oppimistaan. Malli ${i}.`,
        gradeBands: ['3-6'],
        subjects: [],
        competenceCodes: [],
        competenceTop: [],
        competenceNames: ['Yhteisöllinen oppiminen'],
        baseForms: '',
        devicesPerPupil: 0,
        deviceKinds: [],
        location: null,
        district: '',
        kind: '',
        licence: 'cc-by',
        free: true,
        languages: ['fi'],
        accessibility: [],
        updatedAt: i,
        url: `/fi/models/malli-${i}`,
        rating: { average: null, count: 0 },
      })
    }
    await engine.upsert(docs)
  }
  const buildMs = performance.now() - started
  ;(globalThis as { gc?: () => void }).gc?.()
  const rssMb = process.memoryUsage().rss / 1024 / 1024
  const queries = JUDGED.filter((j) => j.locale === 'fi').map((j) => j.q)
  const searchMs: number[] = []
  const suggestMs: number[] = []
  for (let i = 0; i < SEARCHES + 20; i++) {
    const q = queries[i % queries.length]!
    let t = performance.now()
    await engine.search({ locale: 'fi', q, filters: [], sort: 'relevance', offset: 0, limit: 20 })
    const s = performance.now() - t
    t = performance.now()
    await engine.suggest('fi', q.slice(0, 2 + (i % Math.max(1, q.length - 1))), 8)
    const g = performance.now() - t
    if (i >= 20) {
      searchMs.push(s)
      suggestMs.push(g)
    }
  }
  rmSync(dir, { recursive: true, force: true })
  return {
    analyser: name,
    documents: DOCUMENTS,
    buildMs,
    rssMb,
    searchP50: percentile(searchMs, 50),
    searchP95: percentile(searchMs, 95),
    suggestP50: percentile(suggestMs, 50),
    suggestP95: percentile(suggestMs, 95),
  }
}

const mode = process.argv[2]
if (mode === 'voikko' || mode === 'snowball') {
  console.log(JSON.stringify(await child(mode)))
  process.exit(0)
}

const me = fileURLToPath(import.meta.url)
const run = (name: string): Figures | null => {
  console.log(`[scale] ${name}: indexing ${DOCUMENTS} documents`)
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=6144', '--import', 'tsx', me, name],
    { encoding: 'utf8', env: process.env, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  return JSON.parse(out.trim().split('\n').at(-1)!) as Figures | null
}
const snowball = run('snowball')!
const voikko = run('voikko')
const rows = [voikko, snowball].filter((f): f is Figures => f !== null)
const ms = (v: number) => `${v.toFixed(2)} ms`
console.log(
  [
    '',
    `Search at scale: Orama in-process, ${DOCUMENTS} Finnish documents, ${SEARCHES} searches and suggestions (judged Finnish queries); baseline Snowball`,
    '',
    '| analyser | build | RSS | search p50 / p95 | suggest p50 / p95 | build vs baseline | search p95 vs baseline |',
    '|----------|-------|-----|------------------|-------------------|-------------------|------------------------|',
    ...rows.map(
      (f) =>
        `| ${f.analyser} | ${(f.buildMs / 1000).toFixed(1)} s | ${f.rssMb.toFixed(0)} MB | ${ms(f.searchP50)} / ${ms(f.searchP95)} | ${ms(f.suggestP50)} / ${ms(f.suggestP95)} | ${(f.buildMs / snowball.buildMs).toFixed(2)}× | ${(f.searchP95 / snowball.searchP95).toFixed(2)}× |`,
    ),
    voikko ? '' : 'libvoikko is not loadable here: no Voikko row.',
  ].join('\n'),
)
