import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CONTENT_COLLECTIONS } from '../../collections/slugs.js'
import { SEED_CONTEXT } from '../../src/seed/index.js'
import { initTestApp, type TestApp } from '../helpers/app.js'
import { parseXml } from './xml.js'

let t: TestApp
const BASE = 'http://localhost:3000/oai'
const PREFIX = 'oai:localhost:'

const oai = async (query: Record<string, string>): Promise<any> => {
  const res = await t.http.get('/oai').query(query)
  expect(res.status).toBe(200)
  expect(res.headers['content-type']).toBe('text/xml; charset=utf-8')
  return parseXml(res.text)['OAI-PMH']
}

const errorOf = async (query: Record<string, string> | string) => {
  const res = await t.http.get(
    `/oai?${typeof query === 'string' ? query : new URLSearchParams(query)}`,
  )
  const body = parseXml(res.text)['OAI-PMH']
  return { code: body.error['@code'], request: body.request }
}

/** Every published item, read from the database the test controls. */
const publishedIdentifiers = async (): Promise<string[]> => {
  const ids: string[] = []
  for (const collection of CONTENT_COLLECTIONS) {
    const { docs } = await t.payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      pagination: false,
      draft: false,
      depth: 0,
      overrideAccess: true,
    })
    ids.push(...docs.map((d) => `${PREFIX}${collection}/${d.id}`))
  }
  return ids.sort()
}

/** Follows resumption tokens to the end; returns every header and each page's token attributes. */
const harvest = async (verb: 'ListRecords' | 'ListIdentifiers', query: Record<string, string>) => {
  const items: any[] = []
  const tokens: { cursor: string; completeListSize: string; empty: boolean }[] = []
  let args: Record<string, string> = { verb, ...query }
  for (;;) {
    const body = await oai(args)
    const list = body[verb]
    items.push(...(verb === 'ListRecords' ? list.record : list.header))
    const token = list.resumptionToken
    if (!token) break
    tokens.push({
      cursor: token['@cursor'],
      completeListSize: token['@completeListSize'],
      empty: !token['#text'],
    })
    if (!token['#text']) break
    args = { verb, resumptionToken: token['#text'] }
  }
  return { items, tokens }
}

let draftId: number | string
let modelId: number | string

beforeAll(async () => {
  t = await initTestApp()
  // Enough published places for three pages (the Helsinki seed is too slow on a shared machine).
  for (let i = 0; i < 205; i++) {
    await t.payload.create({
      collection: 'learning-environments',
      data: {
        _status: 'published',
        reviewStatus: 'published',
        title: `Paikka ${i}`,
        kind: 'park',
        location: { lat: 60.1 + i / 1000, lng: 24.9 },
        gradeBands: i % 2 ? ['1-2'] : ['7-9'],
      },
      overrideAccess: true,
      depth: 0,
      // Bulk fixture data, written the way the seed writes (no search sync).
      context: SEED_CONTEXT,
    })
  }
  // An expert's new item stays a draft: it must never be harvested.
  const draft = await t.http
    .post('/api/pedagogical-models')
    .set(await t.as('expert'))
    .send({ title: 'Luonnosmalli', gradeBands: ['3-6'] })
  expect(draft.status).toBe(201)
  draftId = draft.body.doc.id
  const model = await t.payload.find({
    collection: 'pedagogical-models',
    where: { slug: { equals: 'example-robot-programming' } },
    overrideAccess: true,
  })
  modelId = model.docs[0]!.id
}, 600_000)
afterAll(async () => {
  await t?.close()
})

describe('OAI-PMH Identify, formats and sets', () => {
  it('identifies the repository', async () => {
    const body = await oai({ verb: 'Identify' })
    expect(body['@xmlns']).toBe('http://www.openarchives.org/OAI/2.0/')
    expect(body.request).toEqual({ '@verb': 'Identify', '#text': BASE })
    const id = body.Identify
    expect(id.repositoryName).toBe('Learning City')
    expect(id.baseURL).toBe(BASE)
    expect(id.protocolVersion).toBe('2.0')
    expect(id.adminEmail).toBe('webmaster@localhost')
    expect(id.deletedRecord).toBe('persistent')
    expect(id.granularity).toBe('YYYY-MM-DDThh:mm:ssZ')
    expect(id.earliestDatestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    expect(id.description['oai-identifier']).toMatchObject({
      scheme: 'oai',
      repositoryIdentifier: 'localhost',
      delimiter: ':',
      sampleIdentifier: `${PREFIX}pedagogical-models/1`,
    })
  })

  it('lists oai_dc and lrmi', async () => {
    const body = await oai({ verb: 'ListMetadataFormats' })
    expect(body.ListMetadataFormats.metadataFormat).toEqual([
      {
        metadataPrefix: 'oai_dc',
        schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
        metadataNamespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/',
      },
      {
        metadataPrefix: 'lrmi',
        schema: 'http://localhost:3000/oai/lrmi.xsd',
        metadataNamespace: 'http://purl.org/dcx/lrmi-terms/',
      },
    ])
    const xsd = await t.http.get('/oai/lrmi.xsd')
    expect(xsd.status).toBe(200)
    expect(parseXml(xsd.text)['xs:schema']['@targetNamespace']).toBe(
      'http://purl.org/dcx/lrmi-terms/',
    )
  })

  it('lists the sets by content type and grade band', async () => {
    const body = await oai({ verb: 'ListSets' })
    const specs = body.ListSets.set.map((s: { setSpec: string[] }) => s.setSpec[0])
    expect(specs).toEqual([
      'type',
      'type:pedagogical-models',
      'type:digital-materials',
      'type:learning-environments',
      'type:pilots',
      'grade',
      'grade:early',
      'grade:pre',
      'grade:1-2',
      'grade:3-6',
      'grade:7-9',
      'grade:upper-secondary',
      'grade:vocational',
    ])
    expect(body.ListSets.set[1].setName).toBe('Pedagogical models')
  })
})

describe('OAI-PMH harvesting', () => {
  it(
    'returns every published item exactly once over several pages, and no draft',
    { timeout: 300_000 },
    async () => {
      const expected = await publishedIdentifiers()
      expect(expected.length).toBeGreaterThan(200)
      const { items, tokens } = await harvest('ListRecords', { metadataPrefix: 'oai_dc' })
      const identifiers = items.map((r) => r.header[0].identifier)
      expect(identifiers.length).toBe(expected.length)
      expect(new Set(identifiers).size).toBe(expected.length)
      expect([...identifiers].sort()).toEqual(expected)
      expect(identifiers).not.toContain(`${PREFIX}pedagogical-models/${draftId}`)
      const pages = Math.ceil(expected.length / 100)
      expect(tokens.map((tk) => tk.cursor)).toEqual(
        Array.from({ length: pages - 1 }, (_, i) => String(i * 100)).concat(
          String((pages - 1) * 100),
        ),
      )
      expect(tokens.every((tk) => tk.completeListSize === String(expected.length))).toBe(true)
      expect(tokens.map((tk) => tk.empty)).toEqual([...Array(pages - 1).fill(false), true])
      // Datestamps never go down along the harvest.
      const stamps = items.map((r) => r.header[0].datestamp as string)
      expect([...stamps].sort()).toEqual(stamps)
    },
  )

  it('pages ListIdentifiers the same way', async () => {
    const { items } = await harvest('ListIdentifiers', { metadataPrefix: 'lrmi' })
    expect(items.map((h) => h.identifier).sort()).toEqual(await publishedIdentifiers())
  })

  it('answers form-encoded POST like GET', async () => {
    const res = await t.http
      .post('/oai')
      .type('form')
      .send({ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', set: 'type:pilots' })
    expect(res.status).toBe(200)
    const body = parseXml(res.text)['OAI-PMH']
    expect(body.request['@verb']).toBe('ListIdentifiers')
    expect(body.request['@set']).toBe('type:pilots')
    expect(
      body.ListIdentifiers.header.map((h: { identifier: string }) => h.identifier.split('/')[0]),
    ).toEqual([`${PREFIX}pilots`, `${PREFIX}pilots`, `${PREFIX}pilots`])
    const json = await t.http.post('/oai').send({ verb: 'Identify' })
    expect(json.status).toBe(415)
    expect(json.body).toEqual({
      errors: [
        { message: 'OAI-PMH requests over POST must be application/x-www-form-urlencoded.' },
      ],
    })
  })

  it('selects by grade band set', async () => {
    const body = await oai({ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', set: 'grade:1-2' })
    const headers = body.ListIdentifiers.header as { identifier: string; setSpec: string[] }[]
    expect(headers.length).toBeGreaterThan(0)
    expect(headers.every((h) => h.setSpec.includes('grade:1-2'))).toBe(true)
    const model = headers.find((h) => h.identifier === `${PREFIX}pedagogical-models/${modelId}`)
    expect(model?.setSpec).toEqual(['type:pedagogical-models', 'grade:1-2', 'grade:3-6'])
  })

  it('filters by from and until at seconds granularity', async () => {
    const record = await oai({
      verb: 'GetRecord',
      metadataPrefix: 'oai_dc',
      identifier: `${PREFIX}pedagogical-models/${modelId}`,
    })
    const stamp: string = record.GetRecord.record[0].header[0].datestamp
    const body = await oai({
      verb: 'ListIdentifiers',
      metadataPrefix: 'oai_dc',
      from: stamp,
      until: stamp,
      set: 'type:pedagogical-models',
    })
    expect(body.ListIdentifiers.header.map((h: { identifier: string }) => h.identifier)).toContain(
      `${PREFIX}pedagogical-models/${modelId}`,
    )
    expect(
      body.ListIdentifiers.header.every((h: { datestamp: string }) => h.datestamp === stamp),
    ).toBe(true)
    const later = new Date(Date.parse(stamp) + 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const after = await oai({
      verb: 'ListIdentifiers',
      metadataPrefix: 'oai_dc',
      from: later,
      set: 'type:pedagogical-models',
    })
    const laterHeaders: { identifier: string; datestamp: string }[] = after.error
      ? []
      : after.ListIdentifiers.header
    expect(laterHeaders.map((h) => h.identifier)).not.toContain(
      `${PREFIX}pedagogical-models/${modelId}`,
    )
    expect(laterHeaders.every((h) => h.datestamp >= later)).toBe(true)
  })
})

describe('OAI-PMH records', () => {
  it('gives a model in lrmi with Dublin Core and LRMI terms', async () => {
    const identifier = `${PREFIX}pedagogical-models/${modelId}`
    const body = await oai({ verb: 'GetRecord', metadataPrefix: 'lrmi', identifier })
    expect(body.request).toEqual({
      '@verb': 'GetRecord',
      '@metadataPrefix': 'lrmi',
      '@identifier': identifier,
      '#text': BASE,
    })
    const record = body.GetRecord.record[0]
    expect(record.header[0]['@status']).toBeUndefined()
    expect(record.header[0].setSpec).toEqual(['type:pedagogical-models', 'grade:1-2', 'grade:3-6'])
    const m = record.metadata['lrmi:lrmi']
    expect(m['@xmlns:lrmi']).toBe('http://purl.org/dcx/lrmi-terms/')
    expect(m['dc:title']).toEqual([
      { '@xml:lang': 'fi', '#text': 'Robottiohjelmointi alakoulussa' },
      { '@xml:lang': 'sv', '#text': 'Robotprogrammering i lågstadiet' },
      { '@xml:lang': 'en', '#text': 'Robot programming in primary school' },
    ])
    expect(m['dc:type']).toBe('pedagogical-model')
    expect(m['dc:rights']).toBe('https://creativecommons.org/licenses/by/4.0/')
    expect(m['dc:identifier']).toEqual([
      'http://localhost:3000/fi/models/example-robot-programming',
      'http://localhost:3000/sv/models/example-robot-programming',
      'http://localhost:3000/en/models/example-robot-programming',
      `http://localhost:3000/api/pedagogical-models/${modelId}`,
    ])
    expect(
      m['lrmi:educationalLevel'].filter((l: { '@xml:lang': string }) => l['@xml:lang'] === 'en'),
    ).toEqual([
      { '@xml:lang': 'en', '#text': 'Grades 1–2' },
      { '@xml:lang': 'en', '#text': 'Grades 3–6' },
    ])
    const alignments = m['lrmi:educationalAlignment'] as Record<string, string>[]
    expect(alignments.map((a) => a['lrmi:targetName'].split(' ')[0])).toEqual([
      '3.3',
      '6.5',
      'L1',
      'L5',
    ])
    expect(alignments[0]).toMatchObject({
      'lrmi:alignmentType': 'teaches',
      'lrmi:educationalFramework':
        'DigCompEdu: European Framework for the Digital Competence of Educators',
    })
    expect(alignments[2]!['lrmi:educationalFramework']).toBe(
      'Finnish core curriculum: transversal competences L1–L7',
    )
    expect(alignments[0]!['lrmi:targetUrl']).toMatch(
      /^http:\/\/localhost:3000\/api\/competence-areas\/\w+$/,
    )
    expect(m['lrmi:learningResourceType']).toBe('pedagogical-model')
    expect(m['lrmi:license']).toBe('https://creativecommons.org/licenses/by/4.0/')
    expect(m['lrmi:timeRequired']).toBe('PT90M')
    expect(m['lrmi:inLanguage']).toEqual(['fi', 'sv', 'en'])
    expect(m['lrmi:isAccessibleForFree']).toBe('true')
  })

  it('gives a material in oai_dc', async () => {
    const { docs } = await t.payload.find({
      collection: 'digital-materials',
      where: { slug: { equals: 'example-scratch' } },
      overrideAccess: true,
    })
    const material = docs[0]!
    const body = await oai({
      verb: 'GetRecord',
      metadataPrefix: 'oai_dc',
      identifier: `${PREFIX}digital-materials/${material.id}`,
    })
    const dc = body.GetRecord.record[0].metadata['oai_dc:dc']
    expect(dc['@xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/')
    expect(dc['dc:title'][0]['@xml:lang']).toBe('fi')
    expect(dc['dc:type']).toBe(material.resourceType)
    expect(dc['dc:publisher']).toBe(material.provider)
    expect(dc['dc:language']).toEqual((material.languages as string[]).filter((l) => l !== 'other'))
  })

  it(
    'reports unpublished and deleted items as deleted, persistently',
    { timeout: 300_000 },
    async () => {
      const { docs } = await t.payload.find({
        collection: 'pilots',
        overrideAccess: true,
        sort: 'id',
      })
      const [unpublished, deleted] = docs as { id: number | string }[]
      const editor = await t.as('editor')
      const unpublish = await t.http
        .patch(`/api/pilots/${unpublished!.id}`)
        .set(editor)
        .send({ _status: 'draft' })
      expect(unpublish.status).toBe(200)
      const remove = await t.http.delete(`/api/pilots/${deleted!.id}`).set(editor)
      expect(remove.status).toBe(200)

      for (const item of [unpublished!, deleted!]) {
        const body = await oai({
          verb: 'GetRecord',
          metadataPrefix: 'oai_dc',
          identifier: `${PREFIX}pilots/${item.id}`,
        })
        const record = body.GetRecord.record[0]
        expect(record.header[0]['@status']).toBe('deleted')
        expect(record.header[0].setSpec).toEqual(['type:pilots'])
        expect(record.metadata).toBeUndefined()
      }
      const list = await oai({
        verb: 'ListIdentifiers',
        metadataPrefix: 'oai_dc',
        set: 'type:pilots',
      })
      expect(
        list.ListIdentifiers.header.map((h: { identifier: string; '@status'?: string }) => [
          h.identifier,
          h['@status'] ?? 'live',
        ]),
      ).toEqual([
        [`${PREFIX}pilots/${docs[2]!.id}`, 'live'],
        [`${PREFIX}pilots/${unpublished!.id}`, 'deleted'],
        [`${PREFIX}pilots/${deleted!.id}`, 'deleted'],
      ])

      // A draft saved over a published item leaves it published.
      const model = await t.http
        .patch(`/api/pedagogical-models/${modelId}?draft=true`)
        .set(await t.as('expert'))
        .send({ durationMinutes: 45 })
      expect(model.status).toBe(200)
      const still = await oai({
        verb: 'GetRecord',
        metadataPrefix: 'oai_dc',
        identifier: `${PREFIX}pedagogical-models/${modelId}`,
      })
      expect(still.GetRecord.record[0].header[0]['@status']).toBeUndefined()

      // Publishing again makes the record live again.
      const republish = await t.http
        .patch(`/api/pilots/${unpublished!.id}`)
        .set(editor)
        .send({ _status: 'published' })
      expect(republish.status).toBe(200)
      const back = await oai({
        verb: 'GetRecord',
        metadataPrefix: 'oai_dc',
        identifier: `${PREFIX}pilots/${unpublished!.id}`,
      })
      expect(back.GetRecord.record[0].header[0]['@status']).toBeUndefined()
      expect(back.GetRecord.record[0].metadata['oai_dc:dc']['dc:type']).toBe('pilot')
    },
  )

  it('never shows a draft by identifier', async () => {
    expect(
      (
        await errorOf({
          verb: 'GetRecord',
          metadataPrefix: 'oai_dc',
          identifier: `${PREFIX}pedagogical-models/${draftId}`,
        })
      ).code,
    ).toBe('idDoesNotExist')
  })
})

describe('OAI-PMH errors', () => {
  it.each([
    ['', 'badVerb'],
    ['verb=Nope', 'badVerb'],
    ['verb=Identify&verb=Identify', 'badVerb'],
    ['verb=Identify&extra=1', 'badArgument'],
    ['verb=ListRecords', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=lrmi', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=2020-13-01', 'badArgument'],
    [
      'verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2021-01-01T00:00:00Z',
      'badArgument',
    ],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=2021-01-02&until=2021-01-01', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&set=nope', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=x', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=marc21', 'cannotDisseminateFormat'],
    [
      'verb=GetRecord&metadataPrefix=marc21&identifier=oai:localhost:pilots/1',
      'cannotDisseminateFormat',
    ],
    ['verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere:pilots/1', 'idDoesNotExist'],
    ['verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:users/1', 'idDoesNotExist'],
    [
      "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:pilots/1'%20OR%201=1",
      'idDoesNotExist',
    ],
    [
      'verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:pilots/999999',
      'idDoesNotExist',
    ],
    ['verb=ListMetadataFormats&identifier=oai:localhost:pilots/999999', 'idDoesNotExist'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=2999-01-01', 'noRecordsMatch'],
    ['verb=ListIdentifiers&resumptionToken=garbage', 'badResumptionToken'],
    ['verb=ListSets&resumptionToken=abc', 'badResumptionToken'],
  ])('%s → %s', async (query, code) => {
    const { code: got, request } = await errorOf(query)
    expect(got).toBe(code)
    if (code === 'badVerb' || code === 'badArgument') expect(request).toBe(BASE)
  })

  it('rejects a resumption token that was edited', async () => {
    const first = await oai({ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc' })
    const token: string = first.ListIdentifiers.resumptionToken['#text']
    const [body, signature] = token.split('.') as [string, string]
    const state = JSON.parse(Buffer.from(body, 'base64url').toString())
    const forged = Buffer.from(
      JSON.stringify({ ...state, cursor: 0, set: 'type:pilots' }),
    ).toString('base64url')
    expect(
      (await errorOf({ verb: 'ListIdentifiers', resumptionToken: `${forged}.${signature}` })).code,
    ).toBe('badResumptionToken')
    const ok = await oai({ verb: 'ListIdentifiers', resumptionToken: token })
    expect(ok.ListIdentifiers.resumptionToken['@cursor']).toBe('100')
  })
})
