/**
 * A rebuild into a fresh index that is swapped in at the end (what the Meilisearch adapter does):
 * edits and deletes that the outbox applies to the live index while the rebuild runs are not lost
 * at the swap. Two real in-process engines stand for the old and the fresh index, so this runs
 * without Meilisearch; the adapter's own swap is in test/search/meilisearch.test.ts.
 */
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { drainOutbox, reindexAll, searchDrift, setEngine } from '../../src/search/index.js'
import { OramaEngine } from '../../src/search/orama/engine.js'
import type { SearchDocument, SearchEngine } from '../../src/search/types.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

/** Answers from `live`; `rebuild` fills a new engine and then answers from that one. */
class SwappingEngine implements SearchEngine {
  readonly name = 'orama'
  /** Runs once, after the rebuild's first write: the changes made "meanwhile". */
  meanwhile: (() => Promise<void>) | undefined
  rebuilds = 0

  constructor(
    private live: OramaEngine,
    private readonly fresh: () => OramaEngine,
  ) {}

  settings = () => this.live.settings()
  upsert = (docs: SearchDocument[]) => this.live.upsert(docs)
  remove = (ids: string[]) => this.live.remove(ids)
  search: SearchEngine['search'] = (query) => this.live.search(query)
  clear = () => this.live.clear()
  stats = () => this.live.stats()
  ids = () => this.live.ids()
  close = () => this.live.close()

  async rebuild(fill: (write: (docs: SearchDocument[]) => Promise<void>) => Promise<void>) {
    const next = this.fresh()
    await next.settings()
    await fill(async (docs) => {
      await next.upsert(docs)
      const meanwhile = this.meanwhile
      this.meanwhile = undefined
      await meanwhile?.()
    })
    this.live = next
    this.rebuilds++
  }
}

let t: TestApp
let engine: SwappingEngine
beforeAll(async () => {
  t = await initTestApp()
  let n = 0
  const make = () => new OramaEngine(path.join(t.dir, `swap-${n++}`))
  engine = new SwappingEngine(make(), make)
  setEngine(t.payload, engine)
  await reindexAll(t.payload)
})
afterAll(async () => {
  await t.close()
})

const titles = async (q: string): Promise<string[]> => {
  const res = await t.http.get(`/api/search?q=${encodeURIComponent(q)}&limit=100`)
  expect(res.status).toBe(200)
  return (res.body.hits as { title: string }[]).map((h) => h.title)
}

describe('a rebuild swapped in at the end', () => {
  it('keeps an edit and a delete made while it ran, and leaves no drift', async () => {
    const editor = await t.as('editor')
    const models = (
      await t.payload.find({
        collection: 'pedagogical-models',
        where: { _status: { equals: 'published' } },
        sort: 'id',
        depth: 0,
        limit: 2,
      })
    ).docs
    expect(models).toHaveLength(2)
    const [edited, deleted] = models as [(typeof models)[0], (typeof models)[0]]
    const deletedTitle = String(deleted.title)
    expect(await titles(deletedTitle)).toContain(deletedTitle)

    engine.meanwhile = async () => {
      // The rebuild has already written both models; these reach the old index only.
      const patch = await t.http
        .patch(`/api/pedagogical-models/${edited.id}`)
        .set(editor)
        .send({ title: 'Okapikokeilu kesken uudelleenrakennuksen' })
      expect(patch.status).toBe(200)
      expect(
        (await t.http.delete(`/api/pedagogical-models/${deleted.id}`).set(editor)).status,
      ).toBe(200)
      await drainOutbox(t.payload)
      expect(await titles('okapikokeilu')).toEqual(['Okapikokeilu kesken uudelleenrakennuksen'])
    }
    const before = engine.rebuilds
    await reindexAll(t.payload)
    expect(engine.rebuilds).toBe(before + 1)
    expect(engine.meanwhile).toBeUndefined()

    expect(await titles('okapikokeilu')).toEqual(['Okapikokeilu kesken uudelleenrakennuksen'])
    expect(await titles(deletedTitle)).not.toContain(deletedTitle)
    expect(await searchDrift(t.payload)).toMatchObject({ missing: [], extra: [] })
  })
})
