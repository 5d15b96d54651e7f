import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLISH_DENIED } from '../../src/hooks/keepNonEditorsInDrafts.js'
import { initTestApp, type TestApp } from '../helpers/app.js'
import { type Id, MINIMAL, userId } from './support/content.js'

/**
 * The review workflow over HTTP, in the order it happens: an expert writes and submits, an editor
 * returns it with comments, the expert fixes it, the editor publishes, the expert edits again.
 */
let t: TestApp
let expertId: Id
let otherExpertToken: string
let modelId: Id
const api = '/api/pedagogical-models'

beforeAll(async () => {
  t = await initTestApp()
  expertId = await userId(t.payload, 'expert@example.org')
  await t.payload.create({
    collection: 'users',
    data: {
      email: 'expert3@example.org',
      password: 'expert3-password',
      name: 'Essi',
      roles: ['expert'],
    },
  })
  const login = await t.http
    .post('/api/users/login')
    .send({ email: 'expert3@example.org', password: 'expert3-password' })
  otherExpertToken = login.body.token
})
afterAll(async () => {
  await t?.close()
})

const en = { 'Accept-Language': 'en' }
const as = async (role: 'teacher' | 'expert' | 'editor') => ({ ...en, ...(await t.as(role)) })
const asOtherExpert = () => ({ ...en, Authorization: `JWT ${otherExpertToken}` })

/** What each kind of reader gets for the item: status, title, and the internal fields if shown. */
const view = async (headers: Record<string, string>, query = '') => {
  const res = await t.http.get(`${api}/${modelId}?depth=0${query}`).set(headers)
  return {
    status: res.status,
    title: res.body.title,
    reviewStatus: res.body.reviewStatus,
    hasCreatedBy: 'createdBy' in res.body,
    reviewComment: res.body.reviewComment,
  }
}

describe('the review workflow', () => {
  it('experts create drafts that record them as the creator, whoever the body names', async () => {
    const res = await t.http
      .post(`${api}?depth=0`)
      .set(await as('expert'))
      .send({ ...MINIMAL['pedagogical-models']('Tutkiva oppiminen'), createdBy: 1_000_000 })
    expect(res.status).toBe(201)
    modelId = res.body.doc.id
    expect(res.body.doc).toMatchObject({
      title: 'Tutkiva oppiminen',
      _status: 'draft',
      reviewStatus: 'draft',
      createdBy: expertId,
    })
    // Unset: null on SQL; MongoDB leaves a field that was never written out of the document.
    expect(res.body.doc.publishedAt ?? null).toBe(null)
  })

  it('experts submit their draft for review', async () => {
    const res = await t.http
      .patch(`${api}/${modelId}?depth=0&draft=true`)
      .set(await as('expert'))
      .send({ reviewStatus: 'in-review' })
    expect([res.status, res.body.doc.reviewStatus, res.body.doc._status]).toEqual([
      200,
      'in-review',
      'draft',
    ])
  })

  it('experts cannot publish, with or without ?draft=true', async () => {
    for (const query of ['', '&draft=true']) {
      const res = await t.http
        .patch(`${api}/${modelId}?depth=0${query}`)
        .set(await as('expert'))
        .send({ _status: 'published' })
      expect({ status: res.status, body: res.body }).toEqual({
        status: 403,
        body: { errors: [{ message: PUBLISH_DENIED }] },
      })
    }
    expect((await view(en)).status).toBe(404)
  })

  it('experts cannot return items or mark them published through the review status', async () => {
    for (const reviewStatus of ['changes-requested', 'published']) {
      const res = await t.http
        .patch(`${api}/${modelId}?depth=0&draft=true`)
        .set(await as('expert'))
        .send({ reviewStatus })
      expect({ status: res.status, body: res.body }).toEqual({
        status: 403,
        body: {
          errors: [{ message: `Only editors can set the review status to "${reviewStatus}".` }],
        },
      })
    }
    expect((await view(await as('expert'), '&draft=true')).reviewStatus).toBe('in-review')
  })

  it('experts cannot write the editor’s comments', async () => {
    const res = await t.http
      .patch(`${api}/${modelId}?depth=0&draft=true`)
      .set(await as('expert'))
      .send({ reviewComment: 'Looks fine to me' })
    expect(res.status).toBe(200)
    expect(res.body.doc.reviewComment ?? null).toBe(null)
  })

  it('editors return an item with comments', async () => {
    const res = await t.http
      .patch(`${api}/${modelId}?depth=0&draft=true`)
      .set(await as('editor'))
      .send({ reviewStatus: 'changes-requested', reviewComment: 'Add a source for the method.' })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({
      _status: 'draft',
      reviewStatus: 'changes-requested',
      reviewComment: 'Add a source for the method.',
    })
  })

  it('the admin offers experts only the review states they may set, plus the current one', async () => {
    const field = t.payload.collections['pedagogical-models'].config.fields.find(
      (f) => 'name' in f && f.name === 'reviewStatus',
    )
    if (field?.type !== 'select' || !field.filterOptions)
      throw new Error('reviewStatus has no filterOptions')
    const offered = async (role: 'expert' | 'editor', reviewStatus: string) => {
      const { user } = await t.payload.auth({ headers: new Headers(await t.as(role)) })
      const options = field.filterOptions!({
        data: { reviewStatus },
        siblingData: { reviewStatus },
        options: field.options,
        req: { user } as never,
      })
      return options.map((option) => (typeof option === 'string' ? option : option.value))
    }
    expect(await offered('expert', 'changes-requested')).toEqual([
      'draft',
      'in-review',
      'changes-requested',
    ])
    expect(await offered('expert', 'draft')).toEqual(['draft', 'in-review'])
    expect(await offered('editor', 'draft')).toEqual([
      'draft',
      'in-review',
      'changes-requested',
      'published',
    ])
  })

  it('the comments reach the expert who wrote the item, and nobody outside the review', async () => {
    expect(await view(await as('expert'), '&draft=true')).toEqual({
      status: 200,
      title: 'Tutkiva oppiminen',
      reviewStatus: 'changes-requested',
      hasCreatedBy: true,
      reviewComment: 'Add a source for the method.',
    })
    expect((await view(en)).status).toBe(404)
    expect((await view(await as('teacher'))).status).toBe(404)
    expect((await view(asOtherExpert(), '&draft=true')).status).toBe(404)
  })

  it('experts fix the item and submit it again', async () => {
    const res = await t.http
      .patch(`${api}/${modelId}?depth=0&draft=true`)
      .set(await as('expert'))
      .send({ title: 'Tutkiva oppiminen lähimetsässä', reviewStatus: 'in-review' })
    expect([res.status, res.body.doc.title, res.body.doc.reviewStatus]).toEqual([
      200,
      'Tutkiva oppiminen lähimetsässä',
      'in-review',
    ])
  })

  it('editors publish: the status, the review status and the publication time follow', async () => {
    const before = Date.now()
    const res = await t.http
      .patch(`${api}/${modelId}?depth=0`)
      .set(await as('editor'))
      .send({ _status: 'published' })
    const after = Date.now()
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({
      title: 'Tutkiva oppiminen lähimetsässä',
      _status: 'published',
      reviewStatus: 'published',
    })
    const publishedAt = Date.parse(res.body.doc.publishedAt)
    expect(publishedAt).toBeGreaterThanOrEqual(before - 1000)
    expect(publishedAt).toBeLessThanOrEqual(after + 1000)
  })

  it('readers then see the item, without the creator or the review notes', async () => {
    const published = {
      status: 200,
      title: 'Tutkiva oppiminen lähimetsässä',
      reviewStatus: 'published',
    }
    expect(await view(en)).toEqual({ ...published, hasCreatedBy: false, reviewComment: undefined })
    expect(await view(await as('teacher'))).toEqual({
      ...published,
      hasCreatedBy: false,
      reviewComment: undefined,
    })
    expect(await view(asOtherExpert())).toEqual({
      ...published,
      hasCreatedBy: true,
      reviewComment: undefined,
    })
    expect(await view(await as('editor'))).toEqual({
      ...published,
      hasCreatedBy: true,
      reviewComment: 'Add a source for the method.',
    })
  })

  it('readers cannot query by the hidden fields either', async () => {
    const res = await t.http.get(`${api}?where[createdBy][equals]=${expertId}`).set(en)
    expect({ status: res.status, body: res.body }).toEqual({
      status: 400,
      body: {
        errors: [
          {
            name: 'QueryError',
            message: 'The following path cannot be queried: createdBy',
            data: [{ path: 'createdBy' }],
          },
        ],
      },
    })
  })

  it('an expert editing their published item makes a draft; the public keeps the published text', async () => {
    const res = await t.http
      .patch(`${api}/${modelId}?depth=0`)
      .set(await as('expert'))
      .send({ title: 'Tutkiva oppiminen, toinen versio' })
    expect([res.status, res.body.doc._status, res.body.doc.reviewStatus]).toEqual([
      200,
      'draft',
      'draft',
    ])
    expect((await view(en)).title).toBe('Tutkiva oppiminen lähimetsässä')
    expect((await view(await as('teacher'), '&draft=true')).title).toBe(
      'Tutkiva oppiminen lähimetsässä',
    )
    expect(await view(await as('expert'), '&draft=true')).toMatchObject({
      title: 'Tutkiva oppiminen, toinen versio',
      reviewStatus: 'draft',
    })
    const versions = await t.http
      .get(`${api}/versions?depth=0&where[parent][equals]=${modelId}&sort=-updatedAt`)
      .set(await as('expert'))
    expect(
      versions.body.docs.map((v: { version: { title: string; _status: string } }) => [
        v.version._status,
        v.version.title,
      ]),
    ).toEqual([
      ['draft', 'Tutkiva oppiminen, toinen versio'],
      ['published', 'Tutkiva oppiminen lähimetsässä'],
      ['draft', 'Tutkiva oppiminen lähimetsässä'],
      ['draft', 'Tutkiva oppiminen'],
      ['draft', 'Tutkiva oppiminen'],
      ['draft', 'Tutkiva oppiminen'],
      ['draft', 'Tutkiva oppiminen'],
    ])
  })

  it('editors publish the change, and the public sees it', async () => {
    const res = await t.http
      .patch(`${api}/${modelId}?depth=0`)
      .set(await as('editor'))
      .send({ _status: 'published' })
    expect(res.status).toBe(200)
    expect((await view(en)).title).toBe('Tutkiva oppiminen, toinen versio')
  })
})
