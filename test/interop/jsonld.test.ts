import jsonld from 'jsonld'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bundledDocumentLoader } from '../../src/interop/jsonld/index.js'
import { initTestApp, type TestApp } from '../helpers/app.js'
import { parseXml } from './xml.js'

const S = 'http://schema.org/'
let t: TestApp
let modelId: number | string
let materialId: number | string
let placeId: number | string
let draftId: number | string

const expand = async (doc: unknown): Promise<any> => {
  const expanded = await jsonld.expand(doc as never, {
    documentLoader: bundledDocumentLoader as never,
  })
  expect(expanded).toHaveLength(1)
  return expanded[0]
}

const values = (node: any, term: string) =>
  (node[S + term] ?? []).map((v: { '@value'?: unknown; '@id'?: string }) => v['@value'] ?? v['@id'])

beforeAll(async () => {
  t = await initTestApp()
  const find = async (collection: 'pedagogical-models' | 'digital-materials', slug: string) =>
    (await t.payload.find({ collection, where: { slug: { equals: slug } }, overrideAccess: true }))
      .docs[0]!.id
  modelId = await find('pedagogical-models', 'example-robot-programming')
  materialId = await find('digital-materials', 'example-scratch')
  const place = await t.http
    .post('/api/learning-environments')
    .set(await t.as('editor'))
    .send({
      _status: 'published',
      title: 'Tiedekeskus Heureka',
      summary: 'Tiedekeskus Vantaalla.',
      kind: 'science-centre',
      location: { lat: 60.2926, lng: 25.0383 },
      address: { street: 'Tiedepuisto 1', postalCode: '01300', locality: 'Vantaa' },
      cost: 'paid',
      accessibility: ['step-free-access'],
      website: 'https://www.heureka.fi/',
    })
  expect(place.status).toBe(201)
  placeId = place.body.doc.id
  const draft = await t.http
    .post('/api/pedagogical-models')
    .set(await t.as('expert'))
    .send({ title: 'Keskeneräinen malli' })
  expect(draft.status).toBe(201)
  draftId = draft.body.doc.id
})
afterAll(async () => {
  await t?.close()
})

describe('JSON-LD of learning resources', () => {
  it('describes a model as an LRMI LearningResource that expands with the bundled context', async () => {
    const res = await t.http.get(`/api/pedagogical-models/${modelId}.jsonld`)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/ld+json; charset=utf-8')
    const doc = JSON.parse(res.text)
    expect(doc['@context']).toBe('https://schema.org')
    const node = await expand(doc)
    expect(node['@type']).toEqual([`${S}LearningResource`])
    expect(node['@id']).toBe(`http://localhost:3000/api/pedagogical-models/${modelId}`)
    expect(values(node, 'name')).toEqual(['Robottiohjelmointi alakoulussa'])
    expect(values(node, 'identifier')).toEqual([`oai:localhost:pedagogical-models/${modelId}`])
    expect(values(node, 'mainEntityOfPage')).toEqual([
      'http://localhost:3000/fi/models/example-robot-programming',
    ])
    expect(values(node, 'license')).toEqual(['https://creativecommons.org/licenses/by/4.0/'])
    expect(node[`${S}timeRequired`]).toEqual([{ '@type': `${S}Duration`, '@value': 'PT90M' }])
    expect(node[`${S}isAccessibleForFree`]).toEqual([{ '@value': true }])
    expect(values(node, 'inLanguage')).toEqual(['fi'])
    expect(values(node, 'learningResourceType')).toEqual(['pedagogical-model'])
    expect(node[`${S}dateModified`][0]['@type']).toBe(`${S}Date`)

    const levels = node[`${S}educationalLevel`]
    expect(levels.map((l: object) => [values(l, 'termCode')[0], values(l, 'name')[0]])).toEqual([
      ['1-2', 'Vuosiluokat 1–2'],
      ['3-6', 'Vuosiluokat 3–6'],
    ])
    expect(levels[0]['@type']).toEqual([`${S}DefinedTerm`])

    const teaches = node[`${S}teaches`]
    expect(teaches.map((c: object) => values(c, 'termCode')[0])).toEqual(['3.3', '6.5', 'L1', 'L5'])
    expect(teaches.every((c: { '@type': string[] }) => c['@type'][0] === `${S}DefinedTerm`)).toBe(
      true,
    )
    const sets = teaches.map(
      (c: object) => (c as Record<string, object[]>)[`${S}inDefinedTermSet`]![0]!,
    )
    expect(sets.map((s: { '@type': string[] }) => s['@type'])).toEqual(
      Array(4).fill([`${S}DefinedTermSet`]),
    )
    expect(sets.map((s: object) => values(s, 'name')[0])).toEqual([
      'DigCompEdu: European Framework for the Digital Competence of Educators',
      'DigCompEdu: European Framework for the Digital Competence of Educators',
      'Finnish core curriculum: transversal competences L1–L7',
      'Finnish core curriculum: transversal competences L1–L7',
    ])
    const alignment = node[`${S}educationalAlignment`]
    expect(alignment).toHaveLength(4)
    expect(alignment[0]['@type']).toEqual([`${S}AlignmentObject`])
    expect(values(alignment[0], 'alignmentType')).toEqual(['teaches'])
    expect(values(alignment[0], 'targetUrl')).toEqual([teaches[0]['@id']])

    const authors = node[`${S}author`]
    expect(authors).toHaveLength(1)
    expect(authors[0]['@type']).toEqual([`${S}Person`])
    expect(JSON.stringify(doc)).not.toMatch(/@example\.org/)
  })

  it('gives the same document for ?format=jsonld and honours the locale', async () => {
    const byExtension = await t.http.get(`/api/pedagogical-models/${modelId}.jsonld`)
    const byQuery = await t.http.get(`/api/pedagogical-models/${modelId}?format=jsonld`)
    expect(byQuery.status).toBe(200)
    expect(byQuery.text).toBe(byExtension.text)
    const sv = await t.http.get(`/api/pedagogical-models/${modelId}.jsonld?locale=sv`)
    expect(sv.headers['content-language']).toBe('sv')
    expect(values(await expand(JSON.parse(sv.text)), 'name')).toEqual([
      'Robotprogrammering i lågstadiet',
    ])
  })

  it('describes a material with its provider, languages and accessibility', async () => {
    const res = await t.http.get(`/api/digital-materials/${materialId}.jsonld?locale=en`)
    expect(res.status).toBe(200)
    const node = await expand(JSON.parse(res.text))
    const stored = await t.payload.findByID({
      collection: 'digital-materials',
      id: materialId,
      overrideAccess: true,
    })
    expect(node['@type']).toEqual([`${S}LearningResource`])
    expect(values(node, 'url')).toEqual([stored.url])
    expect(values(node, 'learningResourceType')).toEqual([stored.resourceType])
    expect(values(node, 'inLanguage')).toEqual(
      (stored.languages as string[]).filter((l) => l !== 'other'),
    )
    expect(values(node[`${S}provider`][0], 'name')).toEqual([stored.provider])
    expect(node[`${S}isAccessibleForFree`]).toEqual([{ '@value': stored.cost === 'free' }])
  })

  it('describes a learning environment as a Place with geo, address and public access', async () => {
    const res = await t.http.get(`/api/learning-environments/${placeId}.jsonld`)
    expect(res.status).toBe(200)
    const node = await expand(JSON.parse(res.text))
    expect(node['@type']).toEqual([`${S}Place`])
    expect(values(node, 'name')).toEqual(['Tiedekeskus Heureka'])
    expect(values(node, 'url')).toEqual(['https://www.heureka.fi/'])
    expect(node[`${S}publicAccess`]).toEqual([{ '@value': true }])
    expect(node[`${S}isAccessibleForFree`]).toEqual([{ '@value': false }])
    const geo = node[`${S}geo`][0]
    expect(geo['@type']).toEqual([`${S}GeoCoordinates`])
    expect(geo[`${S}latitude`]).toEqual([{ '@value': 60.2926 }])
    expect(geo[`${S}longitude`]).toEqual([{ '@value': 25.0383 }])
    const address = node[`${S}address`][0]
    expect(address['@type']).toEqual([`${S}PostalAddress`])
    expect([
      values(address, 'streetAddress'),
      values(address, 'postalCode'),
      values(address, 'addressLocality'),
      values(address, 'addressCountry'),
    ]).toEqual([['Tiedepuisto 1'], ['01300'], ['Vantaa'], ['FI']])
    expect(values(node, 'additionalType')).toEqual(['Science centre'])
  })

  it('never serves a draft, and answers bad requests with JSON errors', async () => {
    const draft = await t.http
      .get(`/api/pedagogical-models/${draftId}.jsonld`)
      .set(await t.as('editor'))
    expect(draft.status).toBe(404)
    expect(draft.body).toEqual({
      errors: [{ message: `No published item pedagogical-models/${draftId}.` }],
    })
    const locale = await t.http.get(`/api/pedagogical-models/${modelId}.jsonld?locale=de`)
    expect(locale.status).toBe(400)
    expect(locale.body).toEqual({
      errors: [{ message: 'locale must be one of fi, sv, en.', field: 'locale' }],
    })
    const bad = await t.http.get(`/api/pedagogical-models/not-an-id.jsonld`)
    expect(bad.status).toBe(404)
  })

  it('passes other reads through to Payload', async () => {
    const res = await t.http.get(`/api/pedagogical-models/${modelId}`)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/^application\/json/)
    expect(res.body.id).toBe(modelId)
    expect(res.body['@context']).toBeUndefined()
  })

  it('fetches nothing: the document loader refuses any other context', async () => {
    await expect(
      jsonld.expand({ '@context': 'https://example.org/ctx', name: 'x' } as never, {
        documentLoader: bundledDocumentLoader as never,
      }),
    ).rejects.toThrow()
  })
})

describe('/sitemap.xml', () => {
  it('lists each locale front page and every published item in fi, sv and en', async () => {
    const res = await t.http.get('/sitemap.xml')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8')
    const urlset = parseXml(res.text).urlset
    expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    const locs: string[] = urlset.url.map((u: { loc: string }) => u.loc)
    let published = 0
    for (const collection of [
      'pedagogical-models',
      'digital-materials',
      'learning-environments',
      'pilots',
    ] as const) {
      published += (
        await t.payload.count({
          collection,
          where: { _status: { equals: 'published' } },
          overrideAccess: true,
        })
      ).totalDocs
    }
    expect(locs.length).toBe(3 + 3 * published)
    expect(locs.slice(0, 3)).toEqual([
      'http://localhost:3000/fi',
      'http://localhost:3000/sv',
      'http://localhost:3000/en',
    ])
    expect(locs).toContain('http://localhost:3000/sv/models/example-robot-programming')
    expect(locs).toContain('http://localhost:3000/en/materials/example-scratch')
    expect(locs.some((l) => l.includes('keskenerainen'))).toBe(false)
    const entry = urlset.url.find(
      (u: { loc: string }) => u.loc === 'http://localhost:3000/fi/models/example-robot-programming',
    )
    expect(entry.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(
      entry['xhtml:link'].map((l: Record<string, string>) => [l['@hreflang'], l['@href']]),
    ).toEqual([
      ['fi', 'http://localhost:3000/fi/models/example-robot-programming'],
      ['sv', 'http://localhost:3000/sv/models/example-robot-programming'],
      ['en', 'http://localhost:3000/en/models/example-robot-programming'],
    ])
  })
})
