import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
beforeAll(async () => {
  t = await initTestApp()
})
afterAll(async () => {
  await t.close()
})

const draft = async (data: unknown) =>
  t.http
    .post('/api/pedagogical-models?draft=true')
    .set(await t.as('expert'))
    .set('Accept-Language', 'en')
    .send(data as object)

const fieldErrors = (body: { errors: { data?: { errors?: { path: string }[] } }[] }) =>
  body.errors[0]?.data?.errors?.map((e) => e.path)

describe("an expert's draft save checks types, enums, lengths and ranges", () => {
  it('a draft may still lack required fields', async () => {
    const res = await draft({ title: 'Only a title' })
    expect(res.status).toBe(201)
    expect(res.body.doc._status).toBe('draft')
  })

  const bad: [string, Record<string, unknown>, string][] = [
    ['a 201-character title', { title: 'x'.repeat(201) }, 'title'],
    ['a 1001-character summary', { title: 'T1', summary: 's'.repeat(1001) }, 'summary'],
    ['an unknown licence', { title: 'T2', licence: 'not-a-licence' }, 'licence'],
    ['an unknown grade band', { title: 'T3', gradeBands: ['99'] }, 'gradeBands'],
    ['a negative duration', { title: 'T4', durationMinutes: -5 }, 'durationMinutes'],
  ]
  for (const [what, data, field] of bad) {
    it(`refuses ${what}`, async () => {
      const before = (await t.payload.count({ collection: 'pedagogical-models' })).totalDocs
      const res = await draft(data)
      expect(res.status).toBe(400)
      expect(fieldErrors(res.body)).toEqual([field])
      expect((await t.payload.count({ collection: 'pedagogical-models' })).totalDocs).toBe(before)
    })
  }

  it('refuses a body that is not an object', async () => {
    const res = await draft([1, 2, 3])
    expect(res.status).toBe(400)
  })
})

describe('request bodies have a size limit', () => {
  it('a 20 MB anonymous GraphQL body is a 413', async () => {
    const res = await t.http
      .post('/api/graphql')
      .send({ query: '{ __typename }', variables: { pad: 'x'.repeat(20 * 1024 * 1024) } })
    expect(res.status).toBe(413)
    expect(res.body).toEqual({ errors: [{ message: 'The request body is too large.' }] })
  })

  it('a 5 MB JSON write is a 413', async () => {
    const res = await draft({ title: 'Big', summary: 's'.repeat(5 * 1024 * 1024) })
    expect(res.status).toBe(413)
    expect(res.body).toEqual({ errors: [{ message: 'The request body is too large.' }] })
  })
})

describe('fields nobody outside sets', () => {
  it('an expert cannot mark an item as example content', async () => {
    const res = await draft({ title: 'Trying to be an example', isExample: true })
    expect(res.status).toBe(201)
    expect(res.body.doc.isExample).toBe(false)
  })

  it('an editor can', async () => {
    const res = await t.http
      .post('/api/pedagogical-models?draft=true')
      .set(await t.as('editor'))
      .send({ title: 'An example', isExample: true })
    expect(res.status).toBe(201)
    expect(res.body.doc.isExample).toBe(true)
  })

  it('nobody backdates createdAt, on create or update', async () => {
    const start = Date.now()
    const created = await draft({ title: 'Backdated', createdAt: '2001-01-01T00:00:00.000Z' })
    expect(created.status).toBe(201)
    const createdAt = Date.parse(created.body.doc.createdAt)
    expect(createdAt).toBeGreaterThanOrEqual(start - 1000)
    const updated = await t.http
      .patch(`/api/pedagogical-models/${created.body.doc.id}?draft=true`)
      .set(await t.as('editor'))
      .send({ createdAt: '2001-01-01T00:00:00.000Z' })
    expect(updated.status).toBe(200)
    expect(updated.body.doc.createdAt).toBe(created.body.doc.createdAt)
  })
})

describe('REST lists return at most 100 items a page', () => {
  beforeAll(async () => {
    const existing = (await t.payload.count({ collection: 'device-profiles' })).totalDocs
    for (let i = existing; i < 105; i++) {
      await t.payload.create({
        collection: 'device-profiles',
        data: {
          name: `Profile ${i}`,
          deviceKinds: ['tablet'],
          devicesPerPupil: 0.5,
          grouping: 'pairs',
          network: 'basic',
        },
      })
    }
  })

  it('limit=100000 gives 100', async () => {
    const res = await t.http.get('/api/device-profiles?limit=100000')
    expect(res.status).toBe(200)
    expect(res.body.docs).toHaveLength(100)
    expect(res.body.limit).toBe(100)
  })

  it('limit=0 and pagination=false give 100 too', async () => {
    for (const query of ['limit=0', 'pagination=false']) {
      const res = await t.http.get(`/api/device-profiles?${query}`)
      expect(res.body.docs).toHaveLength(100)
    }
  })

  it('a page that is not one positive integer is page 1', async () => {
    for (const query of ['page=null&page=null', 'page=abc', 'page=0']) {
      const res = await t.http.get(`/api/device-profiles?${query}`)
      expect(res.status).toBe(200)
      expect([res.body.page, res.body.limit]).toEqual([1, 100])
    }
    const second = await t.http.get('/api/device-profiles?page=2&limit=10')
    expect([second.body.page, second.body.limit]).toEqual([2, 10])
  })

  it('the OpenAPI document says so', async () => {
    const res = await t.http.get('/api/openapi.json')
    const limit = res.body.paths['/api/device-profiles'].get.parameters.find(
      (p: { name: string }) => p.name === 'limit',
    )
    expect(limit.schema).toEqual({ type: 'integer', minimum: 1, maximum: 100 })
  })
})
