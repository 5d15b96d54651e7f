/**
 * The Meilisearch adapter against a live server; runs only where MEILISEARCH_HOST is set (the
 * contract suite then also runs on Meilisearch, since the environment selects the engine).
 * `npm run test:meilisearch` runs it with the other search suites and refuses to start without a
 * reachable server. Not run on the machine it was written on: it had no Meilisearch server.
 */
import { afterAll, describe, expect, it } from 'vitest'

import { LOCALES } from '../../src/localization.js'
import { toSearchDocument } from '../../src/search/document.js'
import { MeilisearchEngine } from '../../src/search/meilisearch/engine.js'
import type { SearchDocument } from '../../src/search/types.js'

const host = process.env.MEILISEARCH_HOST
const apiKey = process.env.MEILISEARCH_API_KEY
const prefix = `lc-adapter-${process.pid}`

const place = (id: number, title: string, extra: Record<string, unknown> = {}): SearchDocument =>
  toSearchDocument(
    'learning-environments',
    {
      id,
      _status: 'published',
      slug: `place-${id}`,
      title,
      kind: 'library',
      licence: 'cc-by',
      updatedAt: '2026-01-01T00:00:00.000Z',
      ...extra,
    },
    'fi',
  )!

describe.runIf(!!host)('the Meilisearch adapter', () => {
  const engine = new MeilisearchEngine({
    host: host!,
    apiKey,
    indexPrefix: prefix,
    requestTimeoutMs: 5000,
    taskTimeoutMs: 120_000,
  })
  const client = async () => {
    const { Meilisearch } = await import('meilisearch')
    return new Meilisearch({ host: host!, apiKey })
  }
  const base = { locale: 'fi' as const, sort: 'relevance' as const, offset: 0, limit: 10 }
  afterAll(async () => {
    await engine.drop()
  })

  it('creates its indexes with the primary key and applies its settings once', async () => {
    await engine.settings()
    const meili = await client()
    for (const locale of LOCALES)
      expect((await meili.getRawIndex(`${prefix}-${locale}`)).primaryKey).toBe('key')
    const settings = await meili.index(`${prefix}-fi`).getSettings()
    expect(settings.rankingRules).toEqual([
      'sort',
      'words',
      'typo',
      'proximity',
      'attribute',
      'exactness',
    ])
    expect(settings.searchableAttributes).toEqual([
      'title',
      'summary',
      'competenceNames',
      'text',
      'district',
      'baseForms',
      'parts',
    ])
    expect(settings.filterableAttributes).toContain('_geo')
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(['_geo', 'updatedAt']))
    expect(settings.typoTolerance?.minWordSizeForTypos).toEqual({ oneTypo: 5, twoTypos: 9 })
    expect(settings.synonyms?.tvt).toEqual(['tieto- ja viestintäteknologia'])
    expect(settings.stopWords).toEqual(expect.arrayContaining(['ja', 'tai']))
    expect(await engine.settingsDrift()).toEqual([])

    // Idempotent: a second start enqueues no settings task at all.
    const before = await meili.tasks.getTasks({
      indexUids: [`${prefix}-fi`],
      types: ['settingsUpdate'],
    })
    await engine.settings()
    const after = await meili.tasks.getTasks({
      indexUids: [`${prefix}-fi`],
      types: ['settingsUpdate'],
    })
    expect(after.total).toBe(before.total)
  })

  it('reports settings changed behind its back, and puts them right', async () => {
    const meili = await client()
    await meili
      .index(`${prefix}-sv`)
      .updateSettings({
        rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
      })
      .waitTask()
    expect(await engine.settingsDrift()).toEqual([
      `${prefix}-sv: rankingRules is ["words","typo","proximity","attribute","sort","exactness"], wanted ["sort","words","typo","proximity","attribute","exactness"]`,
    ])
    await engine.settings()
    expect(await engine.settingsDrift()).toEqual([])
  })

  it('upserts idempotently, filters with quoted values, crops the body, and removes', async () => {
    const doc = place(1, 'Oodi, Helsingin keskustakirjasto', {
      location: { lat: 60.1738, lng: 24.9382 },
      // A long body (`outcomes` is one of the texts the document's body is made of).
      outcomes: 'Keskustakirjasto ' + 'lukusali '.repeat(300),
    })
    await engine.upsert([doc])
    await engine.upsert([doc])
    expect((await engine.stats()).byLocale).toEqual({ fi: 1, sv: 0, en: 0 })
    const found = await engine.search({ ...base, q: 'keskustakirjasto', filters: [] })
    expect(found.hits.map((h) => h.doc.id)).toEqual([doc.id])
    const hit = found.hits[0]!.doc as Record<string, unknown>
    expect(hit).not.toHaveProperty('parts')
    expect(hit).not.toHaveProperty('key')
    // The body comes back cropped around the match, not whole.
    expect((hit.text as string).split(/\s+/).length).toBeLessThanOrEqual(42)
    expect(hit.text as string).toContain('Keskustakirjasto')
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

  it('puts a requested sort before relevance: newest first even when an older title matches better', async () => {
    const older = place(2, 'Kirjasto', { updatedAt: '2025-01-01T00:00:00.000Z' })
    const newer = place(3, 'Pieni puisto, jonka vieressä on kirjasto', {
      updatedAt: '2026-06-01T00:00:00.000Z',
    })
    await engine.upsert([older, newer])
    const relevance = await engine.search({ ...base, q: 'kirjasto', filters: [] })
    expect(relevance.hits.map((h) => h.doc.id)).toEqual([older.id, newer.id])
    const newest = await engine.search({ ...base, q: 'kirjasto', filters: [], sort: 'newest' })
    expect(newest.hits.map((h) => h.doc.id)).toEqual([newer.id, older.id])
    await engine.clear()
    expect((await engine.stats()).documents).toBe(0)
  })

  it('completes what is typed from the titles', async () => {
    await engine.upsert([
      place(6, 'Kaupunginmuseo'),
      place(7, 'Kaupunginkirjasto'),
      place(8, 'Luonnontieteellinen museo'),
    ])
    expect((await engine.suggest('fi', 'kaupungin', 8)).sort()).toEqual([
      'Kaupunginkirjasto',
      'Kaupunginmuseo',
    ])
    expect(await engine.suggest('fi', 'luonnontiet', 8)).toEqual(['Luonnontieteellinen museo'])
    expect(await engine.suggest('fi', '  ', 8)).toEqual([])
    await engine.clear()
  })

  it('rebuilds into a fresh index and swaps it in: search answers from the old one meanwhile', async () => {
    const old = place(4, 'Vanha kirjastoauto')
    const fresh = place(5, 'Uusi kirjastoauto')
    await engine.upsert([old])
    await engine.rebuild(async (write) => {
      await write([fresh])
      // Mid-rebuild, the live index still has the old content and not the new.
      const live = await engine.search({ ...base, q: 'kirjastoauto', filters: [] })
      expect(live.hits.map((h) => h.doc.id)).toEqual([old.id])
    })
    const after = await engine.search({ ...base, q: 'kirjastoauto', filters: [] })
    expect(after.hits.map((h) => h.doc.id)).toEqual([fresh.id])
    expect(await engine.settingsDrift()).toEqual([])
    const meili = await client()
    const left = (await meili.getRawIndexes({ limit: 1000 })).results.filter((i) =>
      i.uid.startsWith(`${prefix}-`),
    )
    expect(left.map((i) => i.uid).sort()).toEqual(LOCALES.map((l) => `${prefix}-${l}`).sort())
  })

  it('a failed rebuild leaves the live index as it was and no fresh index behind', async () => {
    await expect(
      engine.rebuild(async () => {
        throw new Error('database went away')
      }),
    ).rejects.toThrow('database went away')
    const live = await engine.search({ ...base, q: 'kirjastoauto', filters: [] })
    expect(live.total).toBe(1)
    const meili = await client()
    const left = (await meili.getRawIndexes({ limit: 1000 })).results.filter((i) =>
      i.uid.includes('-rebuild-'),
    )
    expect(left.filter((i) => i.uid.startsWith(prefix))).toEqual([])
  })
})
