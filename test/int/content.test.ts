import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MODELS } from '../../src/seed/examples.js'
import { initTestApp, type TestApp } from '../helpers/app.js'
import { MINIMAL } from './support/content.js'

let t: TestApp
beforeAll(async () => {
  t = await initTestApp()
})
afterAll(async () => {
  await t?.close()
})

const en = { 'Accept-Language': 'en' }
const asEditor = async () => ({ ...en, ...(await t.as('editor')) })

describe('localized content', () => {
  let id: number | string
  const api = '/api/pedagogical-models'
  const titleIn = async (query: string) => {
    const res = await t.http.get(`${api}/${id}?depth=0&${query}`).set(en)
    expect(res.status).toBe(200)
    return res.body.title
  }

  it('is created in Finnish and read in Swedish and English through the fallback', async () => {
    const res = await t.http
      .post(`${api}?locale=fi&depth=0`)
      .set(await asEditor())
      .send({ ...MINIMAL['pedagogical-models']('Ilmiöoppiminen'), _status: 'published' })
    expect(res.status).toBe(201)
    id = res.body.doc.id
    expect(await titleIn('locale=fi')).toBe('Ilmiöoppiminen')
    expect(await titleIn('locale=sv')).toBe('Ilmiöoppiminen')
    expect(await titleIn('locale=en')).toBe('Ilmiöoppiminen')
  })

  it('has no Swedish value when the fallback is turned off', async () => {
    expect(await titleIn('locale=sv&fallback-locale=none')).toBe(undefined)
  })

  it('keeps each language apart once translated', async () => {
    const res = await t.http
      .patch(`${api}/${id}?locale=sv&depth=0`)
      .set(await asEditor())
      .send({ title: 'Fenomenbaserat lärande' })
    expect(res.status).toBe(200)
    expect(await titleIn('locale=sv')).toBe('Fenomenbaserat lärande')
    expect(await titleIn('locale=fi')).toBe('Ilmiöoppiminen')
    expect(await titleIn('locale=en')).toBe('Ilmiöoppiminen')
    expect(await titleIn('locale=all')).toEqual({
      fi: 'Ilmiöoppiminen',
      sv: 'Fenomenbaserat lärande',
    })
  })
})

describe('bad input', () => {
  const place = (location: Record<string, unknown>) => ({
    ...MINIMAL['learning-environments']('Paikka'),
    location,
    _status: 'published',
  })

  it.each([
    ['location.lat', { lat: 95, lng: 24.9 }, 'Latitude must be a number between -90 and 90'],
    ['location.lat', { lat: -90.5, lng: 24.9 }, 'Latitude must be a number between -90 and 90'],
    ['location.lng', { lat: 60.2, lng: 181 }, 'Longitude must be a number between -180 and 180'],
  ])('rejects a place outside the globe with a 400 naming %s', async (path, location, message) => {
    const before = await t.payload.count({ collection: 'learning-environments' })
    const res = await t.http
      .post('/api/learning-environments')
      .set(await asEditor())
      .send(place(location))
    expect(res.status).toBe(400)
    expect(res.body.errors).toHaveLength(1)
    expect(res.body.errors[0].data.errors).toEqual([{ label: expect.any(String), message, path }])
    expect((await t.payload.count({ collection: 'learning-environments' })).totalDocs).toBe(
      before.totalDocs,
    )
  })

  it('rejects malformed JSON with a 400 on REST and on GraphQL', async () => {
    const rest = await t.http
      .post('/api/pedagogical-models')
      .set(await asEditor())
      .set('content-type', 'application/json')
      .send('{"title": ')
    expect({ status: rest.status, body: rest.body }).toEqual({
      status: 400,
      body: { errors: [{ message: 'Invalid JSON' }] },
    })
    const graphql = await t.http
      .post('/api/graphql')
      .set(en)
      .set('content-type', 'application/json')
      .send('{"query": "{ Pilots { totalDocs } }"')
    expect({ status: graphql.status, body: graphql.body }).toEqual({
      status: 400,
      body: { errors: [{ message: 'Invalid JSON' }] },
    })
  })
})

describe('GraphQL', () => {
  it('counts only published items for readers, and drafts too for editors', async () => {
    await t.payload.create({
      collection: 'pedagogical-models',
      data: { ...MINIMAL['pedagogical-models']('Luonnos'), _status: 'draft' } as never,
      draft: true,
    })
    const query = { query: '{ PedagogicalModels(draft: true) { totalDocs } }' }
    const anonymous = await t.http.post('/api/graphql').set(en).send(query)
    expect(anonymous.body).toEqual({
      data: { PedagogicalModels: { totalDocs: MODELS.length + 1 } },
    })
    const editor = await t.http
      .post('/api/graphql')
      .set(await asEditor())
      .send(query)
    expect(editor.body).toEqual({ data: { PedagogicalModels: { totalDocs: MODELS.length + 2 } } })
  })
})

describe('image uploads', () => {
  it('produce thumbnail, card and hero sizes in WebP with exact dimensions', async () => {
    const png = await sharp({
      create: { width: 2000, height: 1500, channels: 3, background: { r: 30, g: 120, b: 200 } },
    })
      .png()
      .toBuffer()
    const res = await t.http
      .post('/api/media?depth=0')
      .set(await t.as('expert'))
      .field('_payload', JSON.stringify({ alt: 'Sininen testikuva' }))
      .attach('file', png, { filename: 'testikuva.png', contentType: 'image/png' })
    expect(res.status, res.text).toBe(201)
    const { doc } = res.body
    expect([doc.mimeType, doc.width, doc.height, doc.alt]).toEqual([
      'image/png',
      2000,
      1500,
      'Sininen testikuva',
    ])
    const expected = { thumbnail: [400, 300], card: [768, 512], hero: [1600, 900] }
    for (const [size, [width, height]] of Object.entries(expected)) {
      const stored = doc.sizes[size]
      expect([stored.mimeType, stored.width, stored.height]).toEqual(['image/webp', width, height])
      expect(stored.filename).toMatch(new RegExp(`^testikuva-${width}x${height}\\.webp$`))
      const file = await t.http.get(`/api/media/file/${stored.filename}`).buffer(true)
      expect(file.status).toBe(200)
      const meta = await sharp(file.body as Buffer).metadata()
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', width, height])
    }
  })
})
