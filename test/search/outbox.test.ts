/**
 * The outbox survives an engine outage: saves succeed while the engine fails, the outbox holds the
 * updates, and after recovery the drift check finds nothing. Also: restore and rebuild of the
 * in-process index, and one claim per row when workers compete.
 */
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { OramaEngine } from '../../src/search/orama/engine.js'
import {
  drainOutbox,
  engineFor,
  enqueueSearchUpdate,
  ensureIndex,
  outboxStats,
  reindexAll,
  searchDrift,
  setEngine,
  startOutboxWorker,
  type SearchEngine,
} from '../../src/search/index.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

/** The real engine behind a switch: while `down`, every write fails as a dead server would. */
class SwitchableEngine implements SearchEngine {
  down = false
  constructor(private readonly real: SearchEngine) {}
  get name() {
    return this.real.name
  }
  private check() {
    if (this.down) throw new Error('connect ECONNREFUSED 127.0.0.1:7700')
  }
  settings = () => this.real.settings()
  upsert: SearchEngine['upsert'] = async (docs) => (this.check(), this.real.upsert(docs))
  remove: SearchEngine['remove'] = async (ids) => (this.check(), this.real.remove(ids))
  search: SearchEngine['search'] = (q) => this.real.search(q)
  clear = () => this.real.clear()
  stats = () => this.real.stats()
  ids = () => this.real.ids()
  close = () => this.real.close()
}

let t: TestApp
let engine: SwitchableEngine
beforeAll(async () => {
  t = await initTestApp({ places: false })
  await reindexAll(t.payload)
  // The background worker would race the assertions on attempt counts; tests drain explicitly.
  await startOutboxWorker(t.payload).stop()
  engine = new SwitchableEngine(engineFor(t.payload))
  setEngine(t.payload, engine)
}, 300_000)
afterAll(async () => {
  await t.close()
})

const titles = async (q: string) =>
  (await t.http.get(`/api/search?q=${encodeURIComponent(q)}`)).body.hits.map(
    (h: { title: string }) => h.title,
  )

describe('with the search engine down', () => {
  it('saves still succeed, the outbox holds the updates, and recovery leaves no drift', async () => {
    const editor = await t.as('editor')
    expect(await searchDrift(t.payload)).toMatchObject({ missing: [], extra: [] })
    engine.down = true

    const model = (
      await t.payload.find({
        collection: 'pedagogical-models',
        where: { slug: { equals: 'example-story-crafting' } },
      })
    ).docs[0]!
    const renamed = await t.http
      .patch(`/api/pedagogical-models/${model.id}?locale=fi`)
      .set(editor)
      .send({ title: 'Sadutus ja kuunneltavat tarinat' })
    expect(renamed.status).toBe(200)
    const created = await t.http.post('/api/digital-materials').set(editor).send({
      title: 'Tähtikarttasovellus',
      resourceType: 'application',
      licence: 'cc-by',
      cost: 'free',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const gone = (
      await t.payload.find({
        collection: 'pilots',
        where: { slug: { equals: 'example-pilot-insights' } },
      })
    ).docs[0]!
    expect((await t.http.delete(`/api/pilots/${gone.id}`).set(editor)).status).toBe(200)

    expect(await drainOutbox(t.payload, { force: true })).toEqual({ done: 0, failed: 3 })
    const stats = await outboxStats(t.payload)
    expect([stats.pending, stats.failed]).toEqual([3, 3])
    const list = await t.http.get('/api/search-outbox').set(editor)
    expect(list.body.docs.map((d: { lastError: string }) => d.lastError)).toEqual(
      Array(3).fill('connect ECONNREFUSED 127.0.0.1:7700'),
    )
    const drift = await searchDrift(t.payload)
    expect(drift.missing).toEqual(
      ['fi', 'sv', 'en'].map((l) => `digital-materials:${created.body.doc.id}:${l}`).sort(),
    )
    expect(drift.extra).toEqual(['fi', 'sv', 'en'].map((l) => `pilots:${gone.id}:${l}`).sort())
    expect(await titles('kuunneltavat')).toEqual([])

    engine.down = false
    expect(await drainOutbox(t.payload, { force: true })).toEqual({ done: 3, failed: 0 })
    expect(await outboxStats(t.payload)).toEqual({ pending: 0, oldestAgeSeconds: 0, failed: 0 })
    expect(await searchDrift(t.payload)).toMatchObject({ missing: [], extra: [] })
    expect(await titles('kuunneltavat')).toEqual(['Sadutus ja kuunneltavat tarinat'])
    expect(await titles('tähtikarttasovellus')).toEqual(['Tähtikarttasovellus'])
  })

  it('hides the outbox from everyone but staff', async () => {
    expect((await t.http.get('/api/search-outbox')).status).toBe(403)
    expect((await t.http.get('/api/search-outbox').set(await t.as('teacher'))).status).toBe(403)
  })

  it('processes each row once when two workers drain at the same time', async () => {
    const items = (await t.payload.find({ collection: 'digital-materials', limit: 5, sort: 'id' }))
      .docs
    for (const item of items) await enqueueSearchUpdate(t.payload, 'digital-materials', item.id)
    const [a, b] = await Promise.all([drainOutbox(t.payload), drainOutbox(t.payload)])
    expect(a.done + b.done).toBe(5)
    expect(a.failed + b.failed).toBe(0)
    expect((await outboxStats(t.payload)).pending).toBe(0)
  })

  // The child loads the config as `npm run search:check` does (migrate mode, its own engine reading
  // the index from disk). It used to end now and then with exit code 13 and no output at all, on
  // either database: Node 20 leaving the import of Lexical unsettled (see src/loadConfig.ts).
  it('search:check exits 0 without drift (and the worker process config loads)', async () => {
    // Writes the in-process index's snapshot for the child; Meilisearch has nothing to write.
    await engineFor(t.payload).close()
    const drift = await searchDrift(t.payload)
    type Outcome = { code: number | null; signal: string | null; stdout: string; stderr: string }
    const result = await promisify(execFile)('npx', ['tsx', 'scripts/search-check.ts'], {
      env: { ...process.env, DATABASE_SCHEMA: 'migrate' },
      cwd: process.cwd(),
    })
      .then((r): Outcome => ({ code: 0, signal: null, stdout: r.stdout, stderr: r.stderr }))
      .catch((err: Outcome): Outcome => ({
        code: err.code,
        signal: err.signal,
        stdout: err.stdout,
        stderr: err.stderr,
      }))
    expect(result).toEqual({
      code: 0,
      signal: null,
      stderr: '',
      stdout: [
        `engine: ${engine.name}`,
        `database: ${drift.database} documents (published items × locales); index: ${drift.index}`,
        'in the database but not in the index: 0',
        'in the index but not published in the database: 0',
        'outbox: 0 pending (oldest 0 s), 0 failing',
        "engine settings that differ from the adapter's: 0",
        'OK: no drift',
        '',
      ].join('\n'),
    })
  }, 120_000)
})

describe.runIf(!process.env.MEILISEARCH_HOST)('the in-process index on disk', () => {
  it('is restored on start, and rebuilt when its file is corrupt', async () => {
    const dataDir = path.join(t.dir, 'data')
    await engine.close()
    const restored = new OramaEngine(dataDir)
    await restored.settings()
    expect(restored.restored).toBe(true)
    expect(await restored.stats()).toEqual(await engine.stats())

    await writeFile(path.join(dataDir, 'search', 'documents-v2.json'), '{"not": "an index"')
    const broken = new OramaEngine(dataDir)
    await broken.settings()
    expect(broken.restored).toBe(false)
    expect((await broken.stats()).documents).toBe(0)
    setEngine(t.payload, broken)
    expect(await ensureIndex(t.payload)).toEqual({ rebuilt: true })
    expect(await searchDrift(t.payload)).toMatchObject({ missing: [], extra: [] })
  })
})
