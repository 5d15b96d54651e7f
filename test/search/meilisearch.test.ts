/**
 * The Meilisearch adapter against a live server; runs only where MEILISEARCH_HOST is set (the
 * contract suite then also runs on Meilisearch, since the environment selects the engine).
 */
import { afterAll, describe, expect, it } from 'vitest'

import { toSearchDocument } from '../../src/search/document.js'
import { MeilisearchEngine } from '../../src/search/meilisearch/engine.js'

const host = process.env.MEILISEARCH_HOST
const prefix = `lc-test-${process.pid}`

describe.runIf(!!host)('the Meilisearch adapter', () => {
  const engine = new MeilisearchEngine({
    host: host!,
    apiKey: process.env.MEILISEARCH_API_KEY,
    indexPrefix: prefix,
  })
  afterAll(async () => {
    const { Meilisearch } = await import('meilisearch')
    const client = new Meilisearch({ host: host!, apiKey: process.env.MEILISEARCH_API_KEY })
    for (const locale of ['fi', 'sv', 'en'])
      await client.deleteIndex(`${prefix}-${locale}`).waitTask()
  })

  it('applies settings, upserts idempotently, filters with quoted values, and removes', async () => {
    await engine.settings()
    await engine.settings()
    const { Meilisearch } = await import('meilisearch')
    const settings = await new Meilisearch({ host: host!, apiKey: process.env.MEILISEARCH_API_KEY })
      .index(`${prefix}-fi`)
      .getSettings()
    expect(settings.filterableAttributes).toContain('_geo')
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(['_geo', 'updatedAt']))
    expect(settings.typoTolerance?.enabled).toBe(true)

    const doc = toSearchDocument(
      'learning-environments',
      {
        id: 1,
        _status: 'published',
        slug: 'oodi',
        title: 'Oodi, Helsingin keskustakirjasto',
        kind: 'library',
        location: { lat: 60.1738, lng: 24.9382 },
        licence: 'cc-by',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
      'fi',
    )!
    await engine.upsert([doc])
    await engine.upsert([doc])
    expect((await engine.stats()).byLocale).toEqual({ fi: 1, sv: 0, en: 0 })
    const base = { locale: 'fi' as const, sort: 'relevance' as const, offset: 0, limit: 10 }
    expect(
      (await engine.search({ ...base, q: 'keskustakirjasto', filters: [] })).hits.map(
        (h) => h.doc.id,
      ),
    ).toEqual([doc.id])
    expect((await engine.search({ ...base, q: 'keskustakirjsto', filters: [] })).total).toBe(1)
    const hostile = await engine.search({
      ...base,
      q: '',
      filters: [{ field: 'kind', op: 'in', values: ['x" OR kind = "library'] }],
    })
    expect(hostile.total).toBe(0)
    const near = await engine.search({
      ...base,
      q: '',
      filters: [],
      near: { lat: 60.17, lng: 24.94, radiusKm: 1 },
      sort: 'distance',
    })
    expect(near.hits.map((h) => h.doc.id)).toEqual([doc.id])
    expect(near.facets.kind).toEqual({ library: 1 })
    expect(await engine.ids()).toEqual([doc.id])
    await engine.remove([doc.id])
    expect((await engine.stats()).documents).toBe(0)
  })
})
