import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
beforeAll(async () => {
  t = await initTestApp()
})
afterAll(async () => {
  await t.close()
})

type Version = { id: number | string; version: { title: string; _status: string } }

describe('experts restore versions of their items as drafts', () => {
  it('a once-published version comes back as a draft; the published item is unchanged', async () => {
    const expert = await t.as('expert')
    const editor = await t.as('editor')
    const created = await t.http
      .post('/api/pedagogical-models?draft=true')
      .set(expert)
      .send({ title: 'First wording' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const published = await t.http
      .patch(`/api/pedagogical-models/${id}`)
      .set(editor)
      .send({ _status: 'published', licence: 'cc-by' })
    expect(published.status).toBe(200)
    const edited = await t.http
      .patch(`/api/pedagogical-models/${id}?draft=true`)
      .set(expert)
      .send({ title: 'Second wording' })
    expect(edited.status).toBe(200)

    const versions = await t.http
      .get(`/api/pedagogical-models/versions?where[parent][equals]=${id}&sort=createdAt&depth=0`)
      .set(expert)
    expect(versions.status).toBe(200)
    const once = (versions.body.docs as Version[]).find((v) => v.version._status === 'published')!
    expect(once.version.title).toBe('First wording')

    const restored = await t.http
      .post(`/api/pedagogical-models/versions/${once.id}?draft=true`)
      .set(expert)
    expect(restored.status).toBe(200)
    expect([restored.body.title, restored.body._status]).toEqual(['First wording', 'draft'])
    const latest = await t.payload.findVersions({
      collection: 'pedagogical-models',
      where: { parent: { equals: id }, latest: { equals: true } },
      depth: 0,
    })
    expect(latest.docs.map((v) => [v.version.title, v.version._status])).toEqual([
      ['First wording', 'draft'],
    ])
    const live = await t.http.get(`/api/pedagogical-models/${id}?depth=0`)
    expect(live.body.title).toBe('First wording')
    expect(live.body._status).toBe('published')
  })

  it('restoring without ?draft=true is still refused for experts', async () => {
    const expert = await t.as('expert')
    const created = await t.http
      .post('/api/pedagogical-models?draft=true')
      .set(expert)
      .send({ title: 'Another item' })
    const versions = await t.http
      .get(`/api/pedagogical-models/versions?where[parent][equals]=${created.body.doc.id}`)
      .set(expert)
    const res = await t.http
      .post(`/api/pedagogical-models/versions/${versions.body.docs[0].id}`)
      .set(expert)
      .set('Accept-Language', 'en')
    expect(res.status).toBe(403)
  })
})
