/**
 * The Meilisearch adapter's pure parts: batches by bytes, what a finished task means, the search
 * request it sends and the hit it reads back. No server (see test/search/meilisearch.test.ts).
 */
import { describe, expect, it } from 'vitest'

import { toSearchDocument } from '../../src/search/document.js'
import { batchByBytes, ByteBatcher } from '../../src/search/meilisearch/batches.js'
import { meiliOptions } from '../../src/search/meilisearch/config.js'
import {
  fromHit,
  isRebuildOf,
  PRIMARY_KEY,
  RETRIEVED,
  searchRequest,
  toRecord,
} from '../../src/search/meilisearch/engine.js'
import { unsupportedVersion } from '../../src/search/meilisearch/preflight.js'
import { expandQuery } from '../../src/search/meilisearch/query.js'
import { checkTask, MeilisearchTaskError } from '../../src/search/meilisearch/tasks.js'

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value))

describe('batches by bytes', () => {
  it('fills each batch up to the limit, in order, counting brackets and commas', () => {
    // Each record is {"t":"xxxxxxxx"} = 16 bytes; [a,b,c] = 2 + 16*3 + 2 = 52.
    const records = Array.from({ length: 7 }, (_, i) => ({ t: `${i}`.repeat(8) }))
    expect(bytes(records[0])).toBe(16)
    const batches = batchByBytes(records, 52)
    expect(batches.map((b) => b.length)).toEqual([3, 3, 1])
    expect(batches.flat()).toEqual(records)
    expect(batches.map(bytes)).toEqual([52, 52, 18])
    // One byte less and only two fit.
    expect(batchByBytes(records, 51).map((b) => b.length)).toEqual([2, 2, 2, 1])
  })

  it('counts UTF-8 bytes, not characters', () => {
    const records = [{ t: 'ääää' }, { t: 'öööö' }]
    expect(bytes(records[0])).toBe(16)
    expect(batchByBytes(records, 34).map((b) => b.length)).toEqual([1, 1])
    expect(batchByBytes(records, 35).map((b) => b.length)).toEqual([2])
  })

  it('sends a record larger than the limit alone, and refuses a limit that is not positive', () => {
    const big = { t: 'x'.repeat(100) }
    expect(batchByBytes([{ t: 'a' }, big, { t: 'b' }], 50)).toEqual([
      [{ t: 'a' }],
      [big],
      [{ t: 'b' }],
    ])
    expect(() => new ByteBatcher(0)).toThrow('maxBytes must be positive, got 0')
    expect(batchByBytes([], 10)).toEqual([])
  })

  it('hands back a full batch as the next record arrives, and the rest on flush', () => {
    const batcher = new ByteBatcher<{ n: number }>(20)
    expect(batcher.add({ n: 1 })).toBeUndefined()
    expect(batcher.add({ n: 2 })).toBeUndefined()
    expect(batcher.add({ n: 3 })).toEqual([{ n: 1 }, { n: 2 }])
    expect(batcher.flush()).toEqual([{ n: 3 }])
    expect(batcher.flush()).toBeUndefined()
  })
})

describe('what a finished task means', () => {
  const task = (status: string, error: { code: string; message: string } | null = null) => ({
    uid: 7,
    status: status as 'succeeded',
    type: 'documentAdditionOrUpdate' as const,
    indexUid: 'learning-city-fi',
    error: error && { ...error, type: 'invalid_request', link: '' },
  })

  it('only a succeeded task succeeds', () => {
    expect(checkTask(task('succeeded'), 'upsert')).toBe('succeeded')
  })

  it('a canceled task is a failure: nothing was applied', () => {
    expect(() => checkTask(task('canceled'), 'upsert')).toThrow(
      'Meilisearch upsert failed on learning-city-fi (task 7): the task was canceled',
    )
    expect(() => checkTask(task('canceled'), 'upsert')).toThrow(MeilisearchTaskError)
  })

  it('a failed task names its error code, unless the code leaves things as wanted', () => {
    const exists = task('failed', {
      code: 'index_already_exists',
      message: 'Index `learning-city-fi` already exists.',
    })
    expect(() => checkTask(exists, 'index creation')).toThrow(
      'Meilisearch index creation failed on learning-city-fi (task 7): index_already_exists: Index `learning-city-fi` already exists.',
    )
    expect(checkTask(exists, 'index creation', { allow: ['index_already_exists'] })).toBe('failed')
    expect(() =>
      checkTask(
        task('failed', {
          code: 'missing_document_id',
          message: 'Document does not have a `key` attribute',
        }),
        'upsert',
        { allow: ['index_already_exists'] },
      ),
    ).toThrow('missing_document_id: Document does not have a `key` attribute')
  })

  it('an unfinished task is not success either', () => {
    expect(() => checkTask(task('processing'), 'settings update')).toThrow(
      'Meilisearch settings update failed on learning-city-fi (task 7): the task is still processing',
    )
  })
})

describe('the search request and the hit', () => {
  const base = {
    locale: 'fi' as const,
    filters: [],
    sort: 'relevance' as const,
    offset: 20,
    limit: 10,
  }

  it('retrieves every field but the body and derived words, and crops the body for the snippet', () => {
    const request = searchRequest({ ...base, q: 'museo' }, 'museo')
    expect(request.attributesToRetrieve).toEqual([...RETRIEVED])
    expect(request.attributesToRetrieve).not.toContain('text')
    expect(request.attributesToRetrieve).not.toContain('parts')
    expect(request.attributesToRetrieve).not.toContain('baseForms')
    expect(request).toMatchObject({
      attributesToCrop: ['text'],
      cropLength: 40,
      locales: ['fin'],
      sort: undefined,
      hitsPerPage: 10,
      page: 3,
      facets: ['type', 'gradeBands', 'competenceTop', 'licence', 'kind'],
      filter: undefined,
    })
    // Without words there is nothing to crop around: no body at all.
    expect(searchRequest({ ...base, q: '' }, '')).not.toHaveProperty('attributesToCrop')
  })

  it('sorts newest first without words or on request, and by distance near a point', () => {
    expect(searchRequest({ ...base, q: '' }, '').sort).toEqual(['updatedAt:desc'])
    expect(searchRequest({ ...base, q: 'x', sort: 'newest' }, 'x').sort).toEqual(['updatedAt:desc'])
    const near = searchRequest(
      { ...base, q: 'x', sort: 'distance', near: { lat: 60.17, lng: 24.94, radiusKm: 2 } },
      'x',
    )
    expect(near.sort).toEqual(['_geoPoint(60.17, 24.94):asc'])
    expect(near.filter).toBe('_geoRadius(60.17, 24.94, 2000)')
  })

  it('writes records with their key, compound parts and _geo, and reads hits back as documents', () => {
    const doc = toSearchDocument(
      'learning-environments',
      {
        id: 3,
        _status: 'published',
        slug: 'kaupunginmuseo',
        title: 'Kaupunginmuseo',
        kind: 'museum',
        location: { lat: 60.1699, lng: 24.9525 },
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
      'fi',
    )!
    const record = toRecord(doc)
    expect(record.key).toBe('learning-environments__3__fi')
    expect(PRIMARY_KEY).toBe('key')
    expect(record._geo).toEqual({ lat: 60.1699, lng: 24.9525 })
    expect(record.parts).toEqual([
      'punginmuseo',
      'unginmuseo',
      'nginmuseo',
      'ginmuseo',
      'inmuseo',
      'nmuseo',
      'museo',
    ])
    expect(record.baseForms).toBe(doc.baseForms)
    // What Meilisearch sends back: the retrieved attributes only, the body cropped in _formatted.
    const { text: _text, baseForms: _baseForms, ...retrieved } = doc
    const hit = {
      ...retrieved,
      _geoDistance: 12,
      _formatted: { text: '…avoinna joka päivä…' },
    }
    expect(fromHit(hit)).toEqual({ ...retrieved, text: '…avoinna joka päivä…', baseForms: '' })
    expect(fromHit(retrieved)).toEqual({ ...retrieved, text: '', baseForms: '' })
  })

  it('takes its timeouts from the environment, and is off without a host', () => {
    expect(
      meiliOptions({
        MEILISEARCH_HOST: 'http://127.0.0.1:7700',
        MEILISEARCH_API_KEY: undefined,
        MEILISEARCH_INDEX: 'learning-city',
        MEILISEARCH_TIMEOUT_MS: 5000,
        MEILISEARCH_TASK_TIMEOUT_MS: 600_000,
      }),
    ).toEqual({
      host: 'http://127.0.0.1:7700',
      apiKey: undefined,
      indexPrefix: 'learning-city',
      requestTimeoutMs: 5000,
      taskTimeoutMs: 600_000,
    })
    expect(
      meiliOptions({
        MEILISEARCH_HOST: undefined,
        MEILISEARCH_API_KEY: undefined,
        MEILISEARCH_INDEX: 'learning-city',
        MEILISEARCH_TIMEOUT_MS: 5000,
        MEILISEARCH_TASK_TIMEOUT_MS: 600_000,
      }),
    ).toBeUndefined()
  })
})

describe('the words Meilisearch is asked for', () => {
  it('puts the analysed terms first and keeps the words as typed that analysis changed', () => {
    expect(expandQuery('museoissa', 'museo')).toBe('museo museoissa')
    expect(expandQuery('Kaupungin museo', 'kaupunki museo')).toBe('kaupunki museo Kaupungin')
    expect(expandQuery('temppeliaukionkirkko', 'temppeliaukionkirkko temppeli aukio kirkko')).toBe(
      'temppeliaukionkirkko temppeli aukio kirkko',
    )
    expect(expandQuery('Oodi', 'oodi')).toBe('oodi')
    expect(expandQuery('e-oppikirjat', 'eoppikirja oppi kirja')).toBe(
      'eoppikirja oppi kirja e-oppikirjat',
    )
  })

  it('drops what is not a word, so that no operator or quote reaches Meilisearch unasked', () => {
    expect(expandQuery('"robotti" -lego', 'robotti lego')).toBe('robotti lego')
    expect(expandQuery('  ', '')).toBe('')
  })
})

describe('the server versions the adapter works with', () => {
  it('accepts 1.10 and later 1.x, and refuses older ones and other majors', () => {
    expect(unsupportedVersion('1.10.0')).toBeUndefined()
    expect(unsupportedVersion('1.29.3')).toBeUndefined()
    expect(unsupportedVersion('1.9.1')).toBe(
      'version 1.9.1 is not supported: the adapter needs Meilisearch 1.x from 1.10 on',
    )
    expect(unsupportedVersion('2.0.0')).toBe(
      'version 2.0.0 is not supported: the adapter needs Meilisearch 1.x from 1.10 on',
    )
  })
})

describe("a rebuild's fresh indexes", () => {
  it('are named after the live index, and no other index is taken for one', () => {
    expect(isRebuildOf('learning-city-fi-rebuild-mf3k2a1b-0a1b2c3d', 'learning-city-fi')).toBe(true)
    expect(isRebuildOf('learning-city-fi-rebuild-mf3k2a1b-0a1b2c3d', 'learning-city-sv')).toBe(
      false,
    )
    expect(isRebuildOf('learning-city-fi', 'learning-city-fi')).toBe(false)
    // Another deployment whose prefix happens to start the same way.
    expect(isRebuildOf('learning-city-fi-rebuild-staging-fi', 'learning-city-fi')).toBe(false)
  })
})
