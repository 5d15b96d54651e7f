import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importPlacesCsv, splitAddress } from '../../src/interop/transfer/places.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp

const CSV = [
  'name_fi,name_sv,name_en,lat,lng,address,kind,url',
  'Kirjasto Oodi,Centrumbiblioteket Ode,Central Library Oodi,60.1738,24.9381,"Töölönlahdenkatu 4, 00100 Helsinki",library,https://oodihelsinki.fi/',
  'Luonnontieteellinen museo,,Natural History Museum,60.1714,24.9314,Pohjoinen Rautatiekatu 13,museum,',
  ',Namnlös,Nameless,60.1,24.9,,park,',
  'Väärä paikka,,,95,24.9,,park,',
  'Outo paikka,,,60.1,24.9,,spaceport,',
  'Huono osoite,,,60.1,24.9,,park,ftp://example.org/',
  'Liian,vähän,sarakkeita',
  '',
  'Seurasaari,Fölisön,Seurasaari,60.1855,24.8845,,island,https://www.kansallismuseo.fi/seurasaari',
].join('\n')

beforeAll(async () => {
  t = await initTestApp()
})
afterAll(async () => {
  await t?.close()
})

describe('import:places', () => {
  it('imports good rows, rejects bad ones by line number, and sums up', async () => {
    const progress: number[] = []
    const summary = await importPlacesCsv(t.payload, CSV, (done) => progress.push(done))
    expect(summary).toEqual({
      imported: 3,
      updated: 0,
      rejected: [
        { line: 4, message: 'name_fi is required' },
        { line: 5, message: 'lat must be a number between -90 and 90, not "95"' },
        {
          line: 6,
          message:
            'kind must be one of museum, gallery, library, park, nature-site, science-centre, culture-centre, theatre, sports, company, university, island, architecture, other, not "spaceport"',
        },
        { line: 7, message: 'url must be an http(s) address, not "ftp://example.org/"' },
        { line: 8, message: expect.stringContaining('Invalid Record Length') },
      ],
    })
    expect(progress.at(-1)).toBe(7)

    const { docs } = await t.payload.find({
      collection: 'learning-environments',
      where: { 'source.externalId': { equals: 'csv:kirjasto oodi' } },
      locale: 'all',
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const oodi = docs[0]!
    expect(oodi.title).toEqual({
      fi: 'Kirjasto Oodi',
      sv: 'Centrumbiblioteket Ode',
      en: 'Central Library Oodi',
    })
    expect(oodi).toMatchObject({
      _status: 'published',
      kind: 'library',
      location: { lat: 60.1738, lng: 24.9381 },
      address: { street: 'Töölönlahdenkatu 4', postalCode: '00100', locality: 'Helsinki' },
      website: 'https://oodihelsinki.fi/',
    })
    const museum = await t.payload.find({
      collection: 'learning-environments',
      where: { 'source.externalId': { equals: 'csv:luonnontieteellinen museo' } },
      locale: 'all',
      overrideAccess: true,
    })
    // A missing Swedish name falls back to the Finnish one.
    expect(museum.docs[0]!.title).toEqual({
      fi: 'Luonnontieteellinen museo',
      sv: 'Luonnontieteellinen museo',
      en: 'Natural History Museum',
    })
    // Imported places are public at once.
    const anonymous = await t.http.get(`/api/learning-environments/${oodi.id}`)
    expect(anonymous.status).toBe(200)
  })

  it('updates instead of duplicating when the same file comes again', async () => {
    const before = (
      await t.payload.count({ collection: 'learning-environments', overrideAccess: true })
    ).totalDocs
    const summary = await importPlacesCsv(
      t.payload,
      CSV.replace('60.1855,24.8845', '60.1856,24.8846'),
    )
    expect([summary.imported, summary.updated, summary.rejected.length]).toEqual([0, 3, 5])
    expect(
      (await t.payload.count({ collection: 'learning-environments', overrideAccess: true }))
        .totalDocs,
    ).toBe(before)
    const { docs } = await t.payload.find({
      collection: 'learning-environments',
      where: { 'source.externalId': { equals: 'csv:seurasaari' } },
      overrideAccess: true,
    })
    expect(docs[0]!.location).toEqual({ lat: 60.1856, lng: 24.8846 })
  })

  it('refuses a file without the required columns', async () => {
    await expect(importPlacesCsv(t.payload, 'name,lat\nx,1')).rejects.toThrow(
      'The header row lacks the columns name_fi, name_sv, name_en, lng, address, kind, url.',
    )
  })

  it('splits Finnish addresses', () => {
    expect(splitAddress('Mannerheimintie 2, 00100 Helsinki')).toEqual({
      street: 'Mannerheimintie 2',
      postalCode: '00100',
      locality: 'Helsinki',
    })
    expect(splitAddress('Suomenlinna')).toEqual({
      street: 'Suomenlinna',
      postalCode: null,
      locality: null,
    })
    expect(splitAddress('')).toEqual({ street: null, postalCode: null, locality: null })
  })
})
