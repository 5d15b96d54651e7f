/**
 * Search hits carry the item's rating average and count, as the detail page shows them, and a new,
 * changed or deleted rating reaches the index through the outbox. Over HTTP, on a real database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { drainOutbox, outboxStats, reindexAll, startOutboxWorker } from '../../src/search/index.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
let model: [string, string]
let material: [string, string]

beforeAll(async () => {
  t = await initTestApp({ places: false })
  await reindexAll(t.payload)
  // The outbox counts below are exact only while nothing else drains it; the tests drain explicitly.
  await startOutboxWorker(t.payload).stop()
  const bySlug = async (collection: 'pedagogical-models' | 'digital-materials', slug: string) =>
    [
      collection,
      String(
        (await t.payload.find({ collection, where: { slug: { equals: slug } }, limit: 1 })).docs[0]!
          .id,
      ),
    ] as [string, string]
  model = await bySlug('pedagogical-models', 'example-robot-programming')
  material = await bySlug('digital-materials', 'example-scratch')
}, 300_000)
afterAll(async () => {
  await t.close()
})

type Hit = { id: string; type: string; rating: { average: number | null; count: number } }

/** The rating on the item's hit (ids are per collection, so the type is part of the key). */
const ratingInSearch = async (q: string, [type, id]: [string, string], locale = 'fi') => {
  const res = await t.http.get(
    `/api/search?q=${encodeURIComponent(q)}&locale=${locale}&type=${type}&limit=100`,
  )
  expect(res.status).toBe(200)
  return (res.body.hits as Hit[]).find((h) => h.type === type && h.id === id)!.rating
}

const rate = async (
  role: 'teacher' | 'expert' | 'editor',
  [type, id]: [string, string],
  rating: number,
) => {
  const res = await t.http
    .post('/api/ratings?depth=0')
    .set(await t.as(role))
    .send({ item: { relationTo: type, value: Number.isNaN(Number(id)) ? id : Number(id) }, rating })
  expect(res.status).toBe(201)
  return res.body.doc.id as string | number
}

describe('search hits show the rating', () => {
  it('as none before anyone rates', async () => {
    expect(await ratingInSearch('robottiohjelmointi', model)).toEqual({ average: null, count: 0 })
    expect(await ratingInSearch('scratch', material)).toEqual({ average: null, count: 0 })
  })

  it('follows new, changed and deleted ratings, in every locale', async () => {
    const teachers = await rate('teacher', model, 4)
    const experts = await rate('expert', model, 5)
    expect((await outboxStats(t.payload)).pending).toBe(2)
    expect(await drainOutbox(t.payload)).toEqual({ done: 1, failed: 0 })
    expect(await ratingInSearch('robottiohjelmointi', model)).toEqual({ average: 4.5, count: 2 })
    expect(await ratingInSearch('robotprogrammering', model, 'sv')).toEqual({
      average: 4.5,
      count: 2,
    })
    expect(await ratingInSearch('robot', model, 'en')).toEqual({ average: 4.5, count: 2 })

    const changed = await t.http
      .patch(`/api/ratings/${teachers}`)
      .set(await t.as('teacher'))
      .send({ rating: 2 })
    expect(changed.status).toBe(200)
    await drainOutbox(t.payload)
    expect(await ratingInSearch('robottiohjelmointi', model)).toEqual({ average: 3.5, count: 2 })

    expect((await t.http.delete(`/api/ratings/${experts}`).set(await t.as('expert'))).status).toBe(
      200,
    )
    await drainOutbox(t.payload)
    expect(await ratingInSearch('robottiohjelmointi', model)).toEqual({ average: 2, count: 1 })
    // Other items keep theirs.
    expect(await ratingInSearch('scratch', material)).toEqual({ average: null, count: 0 })
  })

  it('without re-indexing when only a comment is moderated', async () => {
    const mine = await rate('editor', model, 3)
    await drainOutbox(t.payload)
    expect(await ratingInSearch('robottiohjelmointi', model)).toEqual({ average: 2.5, count: 2 })
    const moderated = await t.http
      .patch(`/api/ratings/${mine}`)
      .set(await t.as('editor'))
      .send({ commentStatus: 'rejected' })
    expect(moderated.status).toBe(200)
    expect((await outboxStats(t.payload)).pending).toBe(0)
  })

  it('in the editors’ draft search too', async () => {
    const res = await t.http
      .get('/api/search?q=robottiohjelmointi&status=any&type=pedagogical-models')
      .set(await t.as('editor'))
    expect(res.status).toBe(200)
    expect((res.body.hits as Hit[]).find((h) => h.id === model[1])!.rating).toEqual({
      average: 2.5,
      count: 2,
    })
  })
})
