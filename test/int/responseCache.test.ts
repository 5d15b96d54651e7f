import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { initTestApp, type TestApp } from '../helpers/app.js'
import { type Id, makeItem, userId } from './support/content.js'

/**
 * The anonymous REST cache (src/server/responseCache.ts): a repeated read is served from memory,
 * and every kind of write is seen by the very next read.
 */
let t: TestApp
let item: { id: Id; title: string }
let other: { id: Id; title: string }
const LIST = '/api/pedagogical-models?limit=50&depth=1&sort=title&where[title][like]=Cached'

const titles = (body: { docs: { title: string }[] }) => body.docs.map((d) => d.title)

beforeAll(async () => {
  t = await initTestApp()
  const expert = await userId(t.payload, 'expert@example.org')
  item = await makeItem(t.payload, 'pedagogical-models', {
    by: expert,
    status: 'published',
    title: 'Cached model A',
  })
  other = await makeItem(t.payload, 'pedagogical-models', {
    by: expert,
    status: 'published',
    title: 'Cached model B',
  })
})

afterAll(() => t?.close())

describe('anonymous REST cache', () => {
  it('answers a repeated anonymous read from memory with the same body', async () => {
    const first = await t.http.get(LIST)
    const second = await t.http.get(LIST)
    expect([first.status, first.headers['x-cache'], titles(first.body)]).toEqual([
      200,
      'miss',
      ['Cached model A', 'Cached model B'],
    ])
    expect([second.status, second.headers['x-cache'], second.text]).toEqual([
      200,
      'hit',
      first.text,
    ])
    expect(second.headers['content-type']).toBe(first.headers['content-type'])
  })

  it('never serves or stores a signed-in read', async () => {
    await t.http.get(LIST)
    const signedIn = await t.http.get(LIST).set(await t.as('editor'))
    expect([signedIn.status, signedIn.headers['x-cache']]).toEqual([200, undefined])
    const cookie = await t.http
      .get(LIST)
      .set('Cookie', `payload-token=${await t.tokenFor('editor')}`)
    expect([cookie.status, cookie.headers['x-cache']]).toEqual([200, undefined])
  })

  it('reads afresh when the request says Cache-Control: no-cache', async () => {
    await t.http.get(LIST)
    const fresh = await t.http.get(LIST).set('Cache-Control', 'no-cache')
    expect([fresh.status, fresh.headers['x-cache']]).toEqual([200, 'miss'])
  })

  it('keeps locales apart', async () => {
    await t.payload.update({
      collection: 'pedagogical-models',
      id: item.id,
      locale: 'sv',
      data: { title: 'Cachad modell A' },
    })
    const path = `/api/pedagogical-models/${item.id}?depth=0`
    const [fi, sv] = [await t.http.get(`${path}&locale=fi`), await t.http.get(`${path}&locale=sv`)]
    const [fiAgain, svAgain] = [
      await t.http.get(`${path}&locale=fi`),
      await t.http.get(`${path}&locale=sv`),
    ]
    expect([fi.body.title, sv.body.title]).toEqual(['Cached model A', 'Cachad modell A'])
    expect([fiAgain.headers['x-cache'], fiAgain.body.title]).toEqual(['hit', 'Cached model A'])
    expect([svAgain.headers['x-cache'], svAgain.body.title]).toEqual(['hit', 'Cachad modell A'])
  })

  it('does not keep errors', async () => {
    const first = await t.http.get('/api/pedagogical-models/987654321')
    const second = await t.http.get('/api/pedagogical-models/987654321')
    expect([first.status, second.status, second.headers['x-cache']]).toEqual([404, 404, 'miss'])
  })

  it('shows a REST edit on the next read', async () => {
    await t.http.get(LIST)
    const edit = await t.http
      .patch(`/api/pedagogical-models/${other.id}`)
      .set(await t.as('editor'))
      .send({ title: 'Cached model B, edited' })
    expect(edit.status).toBe(200)
    const after = await t.http.get(LIST)
    expect([after.headers['x-cache'], titles(after.body)]).toEqual([
      'miss',
      ['Cached model A', 'Cached model B, edited'],
    ])
  })

  it('shows a GraphQL edit on the next read', async () => {
    await t.http.get(LIST)
    const edit = await t.http
      .post('/api/graphql')
      .set(await t.as('editor'))
      .send({
        query: `mutation { updatePedagogicalModel(id: ${JSON.stringify(other.id)}, data: { title: "Cached model B, via GraphQL" }) { title } }`,
      })
    expect([edit.status, edit.body.errors]).toEqual([200, undefined])
    const after = await t.http.get(LIST)
    expect([after.headers['x-cache'], titles(after.body)]).toEqual([
      'miss',
      ['Cached model A', 'Cached model B, via GraphQL'],
    ])
  })

  it('shows a Local API edit of a linked item on the next read (depth=1)', async () => {
    const { docs } = await t.payload.find({ collection: 'device-profiles', limit: 1 })
    const profile = docs[0]!
    await t.payload.update({
      collection: 'pedagogical-models',
      id: item.id,
      data: { deviceProfile: profile.id },
    })
    const path = `/api/pedagogical-models/${item.id}?depth=1&locale=fi`
    const before = await t.http.get(path)
    expect(before.body.deviceProfile.name).toBe(profile.name)
    await t.payload.update({
      collection: 'device-profiles',
      id: profile.id,
      locale: 'fi',
      data: { name: 'Uusi laiteprofiilin nimi' },
    })
    const after = await t.http.get(path)
    expect([after.headers['x-cache'], after.body.deviceProfile.name]).toEqual([
      'miss',
      'Uusi laiteprofiilin nimi',
    ])
  })

  it('forgets an unpublished or deleted item at once', async () => {
    await t.http.get(LIST)
    await t.payload.update({
      collection: 'pedagogical-models',
      id: other.id,
      data: { _status: 'draft' },
    })
    expect(titles((await t.http.get(LIST)).body)).toEqual(['Cached model A'])
    await t.payload.delete({ collection: 'pedagogical-models', id: item.id })
    expect(titles((await t.http.get(LIST)).body)).toEqual([])
  })
})

describe('its limits', () => {
  /** An app whose Payload answers `/api/<n>` with a JSON body of `n` bytes and counts its calls. */
  const small = async (options: { seconds: number; maxBytes?: number; maxEntryBytes?: number }) => {
    const { default: express } = await import('express')
    const { default: supertest } = await import('supertest')
    const { cachedResponses } = await import('../../src/server/responseCache.js')
    const calls: string[] = []
    const app = express()
    app.use(
      '/api',
      cachedResponses(
        t.payload,
        async (req) => {
          calls.push(req.path)
          const size = Number(req.path.slice(1))
          return Response.json('x'.repeat(size - 2))
        },
        options,
      ),
    )
    return { http: supertest(app), calls }
  }
  const cache = (res: { headers: Record<string, string> }) => res.headers['x-cache']

  it('forgets an entry after RESPONSE_CACHE_SECONDS', async () => {
    const { http, calls } = await small({ seconds: 5 })
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      expect(cache(await http.get('/api/100'))).toBe('miss')
      vi.advanceTimersByTime(4_999)
      expect(cache(await http.get('/api/100'))).toBe('hit')
      vi.advanceTimersByTime(1)
      expect(cache(await http.get('/api/100'))).toBe('miss')
      expect(calls).toEqual(['/100', '/100'])
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps no answer larger than maxEntryBytes', async () => {
    const { http, calls } = await small({ seconds: 60, maxEntryBytes: 100 })
    expect([cache(await http.get('/api/100')), cache(await http.get('/api/100'))]).toEqual([
      'miss',
      'hit',
    ])
    const big = await http.get('/api/101')
    expect([big.status, big.text.length, cache(await http.get('/api/101'))]).toEqual([
      200,
      101,
      'miss',
    ])
    expect(calls).toEqual(['/100', '/101', '/101'])
  })

  it('drops the least recently used answers beyond maxBytes', async () => {
    const { http, calls } = await small({ seconds: 60, maxBytes: 300 })
    await http.get('/api/100')
    await http.get('/api/150')
    await http.get('/api/100') // now the most recently used
    await http.get('/api/120') // 370 bytes: /150 goes
    expect([cache(await http.get('/api/100')), cache(await http.get('/api/120'))]).toEqual([
      'hit',
      'hit',
    ])
    expect(cache(await http.get('/api/150'))).toBe('miss')
    expect(calls).toEqual(['/100', '/150', '/120', '/150'])
  })

  it('is off at 0 seconds', async () => {
    const { http, calls } = await small({ seconds: 0 })
    const res = await http.get('/api/100')
    expect([res.status, cache(res), cache(await http.get('/api/100'))]).toEqual([
      200,
      undefined,
      undefined,
    ])
    expect(calls).toEqual(['/100', '/100'])
  })
})
