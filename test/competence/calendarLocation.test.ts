import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SEED_CONTEXT } from '../../src/seed/index.js'
import { initTestApp, type TestApp } from '../helpers/app.js'
import { makeTraining } from './support.js'

let t: TestApp
let atPlace: number | string
let atPlaceWithoutAddress: number | string

beforeAll(async () => {
  t = await initTestApp()
  const place = async (
    title: string,
    address?: { street: string; postalCode: string; locality: string },
  ) =>
    (
      await t.payload.create({
        collection: 'learning-environments',
        locale: 'en',
        overrideAccess: true,
        context: SEED_CONTEXT,
        data: {
          _status: 'published',
          reviewStatus: 'published',
          title,
          kind: 'museum',
          location: { lat: 60.1699, lng: 24.9525 },
          ...(address ? { address } : {}),
        },
      })
    ).id
  atPlace = await makeTraining(t, {
    title: 'Museum pedagogy on site',
    placeKind: 'learning-environment',
    learningEnvironment: await place('Helsinki City Museum', {
      street: 'Aleksanterinkatu 16',
      postalCode: '00170',
      locality: 'Helsinki',
    }),
  })
  atPlaceWithoutAddress = await makeTraining(t, {
    title: 'Museum pedagogy, no address',
    placeKind: 'learning-environment',
    learningEnvironment: await place('Kaisaniemi Park'),
  })
})
afterAll(async () => {
  await t?.close()
})

/** The LOCATION lines of a feed, unfolded (RFC 5545 folds at 75 octets) and unescaped. */
const locations = (ics: string): string[] =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line.startsWith('LOCATION:'))
    .map((line) => line.replace(/\\,/g, ','))

describe('the iCalendar LOCATION of a training held at a learning environment', () => {
  it('is the place and its address on one line', async () => {
    const res = await t.http.get(`/api/calendar/trainings/${atPlace}.ics?locale=en`)
    expect(res.status).toBe(200)
    expect(locations(res.text)).toEqual([
      'LOCATION:Helsinki City Museum, Aleksanterinkatu 16, 00170 Helsinki',
    ])
  })

  it('is the place alone when it has no address', async () => {
    const res = await t.http.get(`/api/calendar/trainings/${atPlaceWithoutAddress}.ics?locale=en`)
    expect(res.status).toBe(200)
    expect(locations(res.text)).toEqual(['LOCATION:Kaisaniemi Park'])
  })
})

describe('the feed of one training', () => {
  it('a training address that is no id answers 404 with a JSON error, never 5xx', async () => {
    for (const id of ['abc', '999999', '1e3', '0']) {
      const res = await t.http.get(`/api/calendar/trainings/${id}.ics`)
      expect([id, res.status, res.body]).toEqual([
        id,
        404,
        { errors: [{ message: 'No such training.' }] },
      ])
    }
  })
})
