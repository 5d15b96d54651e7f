/**
 * The search engine dies: saves still succeed, the outbox keeps the updates, /api/search says 503;
 * after recovery the outbox drains and the drift check finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  drainOutbox,
  engineFor,
  outboxStats,
  reindexAll,
  searchDrift,
  setEngine,
  startOutboxWorker,
  type SearchEngine,
} from '../../src/search/index.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

/** The real engine behind a switch: while `down`, every call fails as an unreachable server's. */
const switchable = (real: SearchEngine) => {
  const state = { down: false }
  const fail = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:7700'))
  const engine: SearchEngine = {
    get name() {
      return real.name
    },
    settings: () => (state.down ? fail() : real.settings()),
    upsert: (docs) => (state.down ? fail() : real.upsert(docs)),
    remove: (ids) => (state.down ? fail() : real.remove(ids)),
    search: (query) => (state.down ? fail() : real.search(query)),
    clear: () => (state.down ? fail() : real.clear()),
    stats: () => (state.down ? fail() : real.stats()),
    ids: () => (state.down ? fail() : real.ids()),
    close: () => real.close(),
  }
  return { engine, state }
}

let t: TestApp
let state: { down: boolean }
beforeAll(async () => {
  t = await initTestApp()
  // The seed writes without search hooks; the server builds the index at start, as here.
  await reindexAll(t.payload)
  // Drained explicitly below, so that the assertions on the outbox do not race a worker.
  await startOutboxWorker(t.payload).stop()
  const wrapped = switchable(engineFor(t.payload))
  state = wrapped.state
  setEngine(t.payload, wrapped.engine)
  await drainOutbox(t.payload, { force: true })
})
afterAll(async () => {
  await t.close()
})

describe('with the search engine down', () => {
  it('saves succeed, the outbox grows, search answers 503, and recovery leaves zero drift', async () => {
    const editor = await t.as('editor')
    const { docs } = await t.payload.find({
      collection: 'pedagogical-models',
      where: { _status: { equals: 'published' } },
      limit: 3,
      depth: 0,
    })
    expect(docs).toHaveLength(3)
    const pendingBefore = (await outboxStats(t.payload)).pending

    state.down = true
    for (const [i, doc] of docs.entries()) {
      const res = await t.http
        .patch(`/api/pedagogical-models/${doc.id}?locale=fi`)
        .set(editor)
        .send({ title: `Katkosmalli ${i} kvanttikirahvi` })
      expect(res.status).toBe(200)
    }
    await drainOutbox(t.payload, { force: true })
    const during = await outboxStats(t.payload)
    expect(during.pending).toBeGreaterThanOrEqual(pendingBefore + 3)
    expect(during.failed).toBeGreaterThanOrEqual(3)

    const search = await t.http.get('/api/search?q=kvanttikirahvi')
    expect(search.status).toBe(503)
    expect(search.headers['retry-after']).toBe('30')
    expect(search.body).toEqual({
      errors: [{ message: 'Search is unavailable right now. Try again in a moment.' }],
    })
    // Bad parameters are still the caller's fault, engine or no engine.
    expect((await t.http.get('/api/search?sort=sideways')).status).toBe(400)

    state.down = false
    await drainOutbox(t.payload, { force: true })
    expect(await outboxStats(t.payload)).toEqual({ pending: 0, oldestAgeSeconds: 0, failed: 0 })
    const drift = await searchDrift(t.payload)
    expect(drift.missing).toEqual([])
    expect(drift.extra).toEqual([])
    expect(drift.index).toBe(drift.database)

    const found = await t.http.get('/api/search?q=kvanttikirahvi&locale=fi')
    expect(found.status).toBe(200)
    expect(found.body.hits.map((h: { id: string }) => String(h.id)).sort()).toEqual(
      docs.map((d) => String(d.id)).sort(),
    )
  })
})
