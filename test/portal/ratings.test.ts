import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '../../src/fields/richText.js'
import { approvedComments, ratingSummaries, ratingSummary } from '../../src/portal/ratings.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
let model: number | string
let material: number | string
let draft: number | string
const ids: Partial<Record<'teacher' | 'expert' | 'editor' | 'admin', number | string>> = {}

const bySlug = async (collection: 'pedagogical-models' | 'digital-materials', slug: string) =>
  (
    await t.payload.find({
      collection,
      where: { slug: { equals: slug } },
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]!.id

beforeAll(async () => {
  t = await initTestApp()
  model = await bySlug('pedagogical-models', 'example-robot-programming')
  material = await bySlug('digital-materials', 'example-scratch')
  draft = (
    await t.payload.create({
      collection: 'pedagogical-models',
      data: { title: 'Unpublished idea', body: paragraphs('Not yet'), _status: 'draft' } as never,
      overrideAccess: true,
      draft: true,
    })
  ).id
  for (const role of ['teacher', 'expert', 'editor', 'admin'] as const) {
    const me = await t.http.get('/api/users/me').set(await t.as(role))
    ids[role] = me.body.user.id
  }
})
afterAll(async () => {
  await t.close()
})

const rate = async (
  role: 'teacher' | 'expert' | 'editor' | 'admin',
  body: Record<string, unknown>,
) =>
  t.http
    .post('/api/ratings?depth=0')
    .set(await t.as(role))
    .send(body)

const modelRef = () => ({ relationTo: 'pedagogical-models', value: model })

describe('anonymous visitors', () => {
  it('cannot rate', async () => {
    // Payload's messages follow the language cookie (Finnish by default); ask for English.
    const res = await t.http
      .post('/api/ratings')
      .set('Cookie', 'payload-lng=en')
      .send({ item: modelRef(), rating: 5 })
    expect(res.status).toBe(403)
    expect(res.body).toEqual({
      errors: [{ message: 'You are not allowed to perform this action.' }],
    })
  })
})

describe('teachers can rate', () => {
  let mine: number | string

  it('a published item once, and become its author whatever they send', async () => {
    const res = await rate('teacher', {
      item: modelRef(),
      rating: 4,
      comment: '  Worked well with my 3rd graders.  ',
      author: ids.admin,
      commentStatus: 'approved',
    })
    expect(res.status).toBe(201)
    mine = res.body.doc.id
    expect(res.body.doc).toMatchObject({
      rating: 4,
      comment: 'Worked well with my 3rd graders.',
      commentStatus: 'pending',
      author: ids.teacher,
      target: `pedagogical-models:${model}`,
      item: { relationTo: 'pedagogical-models', value: model },
    })
  })

  it('not a second time: the earlier rating is the one to change', async () => {
    const res = await rate('teacher', { item: modelRef(), rating: 1 })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors).toEqual([
      {
        message: 'You have already rated this item; change your earlier rating instead.',
        path: 'item',
      },
    ])
  })

  it('not a draft', async () => {
    const res = await rate('teacher', {
      item: { relationTo: 'pedagogical-models', value: draft },
      rating: 5,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors).toEqual([
      { message: 'Only published items can be rated.', path: 'item' },
    ])
  })

  it('only with a whole number from 1 to 5', async () => {
    for (const rating of [0, 6, 3.5, 'five']) {
      const res = await rate('teacher', {
        item: { relationTo: 'digital-materials', value: material },
        rating,
      })
      expect(res.status, String(rating)).toBe(400)
      expect(res.body.errors[0].data.errors[0].path).toBe('rating')
    }
    expect(
      (await t.http.get(`/api/ratings?where[target][equals]=digital-materials:${material}`)).body
        .totalDocs,
    ).toBe(0)
  })

  it('and change their rating; a changed comment goes back to moderation', async () => {
    const approve = await t.http
      .patch(`/api/ratings/${mine}`)
      .set(await t.as('editor'))
      .send({ commentStatus: 'approved' })
    expect(approve.status).toBe(200)
    const same = await t.http
      .patch(`/api/ratings/${mine}`)
      .set(await t.as('teacher'))
      .send({ rating: 5 })
    expect(same.body.doc).toMatchObject({ rating: 5, commentStatus: 'approved' })
    const edited = await t.http
      .patch(`/api/ratings/${mine}`)
      .set(await t.as('teacher'))
      .send({ comment: 'Even better the second time.', commentStatus: 'approved' })
    expect(edited.status).toBe(200)
    expect(edited.body.doc).toMatchObject({
      rating: 5,
      comment: 'Even better the second time.',
      commentStatus: 'pending',
    })
  })

  it("but not move it to another item or touch someone else's rating", async () => {
    const moved = await t.http
      .patch(`/api/ratings/${mine}`)
      .set(await t.as('teacher'))
      .send({ item: { relationTo: 'digital-materials', value: material } })
    expect(moved.status).toBe(200)
    expect(moved.body.doc.target).toBe(`pedagogical-models:${model}`)
    const other = await rate('expert', { item: modelRef(), rating: 2 })
    expect(other.status).toBe(201)
    const hijack = await t.http
      .patch(`/api/ratings/${other.body.doc.id}`)
      .set(await t.as('teacher'))
      .send({ rating: 5 })
    expect(hijack.status).toBe(403)
    const removal = await t.http
      .delete(`/api/ratings/${other.body.doc.id}`)
      .set(await t.as('teacher'))
    expect(removal.status).toBe(403)
    expect((await t.http.get(`/api/ratings/${other.body.doc.id}`)).body.rating).toBe(2)
  })
})

describe('what others see of a rating', () => {
  it('anyone sees the number; the comment only once approved; never who rated', async () => {
    const created = await rate('admin', {
      item: modelRef(),
      rating: 3,
      comment: 'Needs more robots.',
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const before = await t.http.get(`/api/ratings/${id}`)
    expect(before.status).toBe(200)
    expect(Object.keys(before.body).sort()).toEqual(
      ['commentStatus', 'createdAt', 'id', 'item', 'rating', 'target', 'updatedAt'].sort(),
    )
    expect(before.body.rating).toBe(3)
    // An admin is an editor: their own comment is approved only when they say so.
    await t.http
      .patch(`/api/ratings/${id}`)
      .set(await t.as('editor'))
      .send({ commentStatus: 'approved' })
    const after = await t.http.get(`/api/ratings/${id}`)
    expect(after.body.comment).toBe('Needs more robots.')
    expect(after.body.author).toBeUndefined()
    expect(after.body.uniqueKey).toBeUndefined()
    const asTeacher = await t.http.get(`/api/ratings/${id}`).set(await t.as('teacher'))
    expect(asTeacher.body.author).toBeUndefined()
    const asEditor = await t.http.get(`/api/ratings/${id}`).set(await t.as('editor'))
    expect(asEditor.body.author).toBe(ids.admin)
  })

  it('cannot search comments, so a pending one cannot be guessed at', async () => {
    const res = await t.http.get(`/api/ratings?where[comment][like]=better&depth=0`)
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      errors: [
        {
          name: 'QueryError',
          message: 'The following path cannot be queried: comment',
          data: [{ path: 'comment' }],
        },
      ],
    })
  })
})

describe('the averages', () => {
  it('count every rating, moderated or not, to one decimal', async () => {
    // teacher 5, expert 2, admin 3
    expect(await ratingSummary(t.payload, { collection: 'pedagogical-models', id: model })).toEqual(
      {
        average: 3.3,
        count: 3,
      },
    )
    expect(
      await ratingSummaries(t.payload, [
        { collection: 'pedagogical-models', id: model },
        { collection: 'digital-materials', id: material },
      ]),
    ).toEqual({
      [`pedagogical-models:${model}`]: { average: 3.3, count: 3 },
      [`digital-materials:${material}`]: { average: null, count: 0 },
    })
  })

  it('show only approved comments, without authors', async () => {
    const comments = await approvedComments(t.payload, {
      collection: 'pedagogical-models',
      id: model,
    })
    expect(comments.map(({ rating, comment }) => ({ rating, comment }))).toEqual([
      { rating: 3, comment: 'Needs more robots.' },
    ])
  })
})

describe('one rating per teacher per item', () => {
  it('holds when the same teacher sends ten ratings at once', async () => {
    const item = { relationTo: 'digital-materials', value: material }
    const auth = await t.as('editor')
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.http
          .post('/api/ratings')
          .set(auth)
          .send({ item, rating: (i % 5) + 1 }),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(400)])
    const stored = await t.payload.count({
      collection: 'ratings' as never,
      where: { target: { equals: `digital-materials:${material}` } },
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(1)
  })
})
