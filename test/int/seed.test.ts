import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  DEMO_USERS,
  DEVICE_PROFILES,
  MATERIALS,
  MODELS,
  PILOTS,
  SCHOOLS,
} from '../../src/seed/examples.js'
import { seedCompetences } from '../../src/seed/frameworks.js'
import { needsSeed, SEEDED_KEY, seed } from '../../src/seed/index.js'
import { PLACES_ATTRIBUTION, teachingPlaces } from '../../src/seed/places.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

/** One seeded database (places included, ~25 s), then the seed run again on top of it. */
let t: TestApp
const lines: string[] = []
const PLACES = teachingPlaces().length

// Seeding ~400 places takes about 25 s alone, several times that on a shared, busy machine.
beforeAll(async () => {
  t = await initTestApp({ demoUsers: false, places: true, log: (line) => lines.push(line) })
}, 600_000)
afterAll(async () => {
  await t?.close()
})

type Area = { id: number | string; code: string; parent: number | string | null }

const areas = async (framework: string): Promise<Area[]> => {
  const res = await t.http.get(
    `/api/competence-areas?limit=0&depth=0&sort=code&where[framework][equals]=${framework}`,
  )
  expect(res.status).toBe(200)
  return res.body.docs
}

const counts = async () => {
  const slugs = [
    'competence-areas',
    'device-profiles',
    'schools',
    'learning-environments',
    'digital-materials',
    'pilots',
    'pedagogical-models',
    'users',
  ] as const
  const entries = await Promise.all(
    slugs.map(
      async (collection) =>
        [
          collection,
          (await t.payload.count({ collection: collection as CollectionSlug })).totalDocs,
        ] as const,
    ),
  )
  return Object.fromEntries(entries)
}

const FIRST_RUN = {
  'competence-areas': 35,
  'device-profiles': DEVICE_PROFILES.length,
  schools: SCHOOLS.length,
  'learning-environments': PLACES,
  'digital-materials': MATERIALS.length,
  pilots: PILOTS.length,
  'pedagogical-models': MODELS.length,
  users: 0,
}

describe('the seed', () => {
  it('writes DigCompEdu: 6 areas and 22 competences under the right parents', async () => {
    const digcompedu = await areas('digcompedu')
    const byId = new Map(digcompedu.map((a) => [a.id, a.code]))
    const top = digcompedu.filter((a) => a.parent === null).map((a) => a.code)
    expect(top).toEqual(['1', '2', '3', '4', '5', '6'])
    const children = digcompedu.filter((a) => a.parent !== null)
    expect(children).toHaveLength(22)
    for (const child of children) expect(byId.get(child.parent!)).toBe(child.code.split('.')[0])
    expect(children.map((c) => c.code)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2.1',
      '2.2',
      '2.3',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '4.1',
      '4.2',
      '4.3',
      '5.1',
      '5.2',
      '5.3',
      '6.1',
      '6.2',
      '6.3',
      '6.4',
      '6.5',
    ])
  })

  it('writes the seven transversal competences L1–L7, in three languages', async () => {
    const transversal = await areas('transversal')
    expect(transversal.map((a) => [a.code, a.parent])).toEqual(
      ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7'].map((code) => [code, null]),
    )
    const l5 = transversal.find((a) => a.code === 'L5')!
    const res = await t.http.get(`/api/competence-areas/${l5.id}?locale=all&depth=0`)
    expect(res.body.name).toEqual({
      fi: 'Tieto- ja viestintäteknologinen osaaminen',
      sv: 'Digital kompetens',
      en: 'ICT competence',
    })
  })

  it('makes the framework tree browsable from a parent', async () => {
    const area3 = (await areas('digcompedu')).find((a) => a.code === '3')!
    const res = await t.http.get(`/api/competence-areas/${area3.id}?depth=1`)
    expect(res.body.children.docs.map((c: { code: string }) => c.code)).toEqual([
      '3.1',
      '3.2',
      '3.3',
      '3.4',
    ])
  })

  it('publishes over 200 Helsinki places, each with its source id and attribution', async () => {
    expect(PLACES).toBeGreaterThan(200)
    // REST pages hold at most 100 items (src/server/listLimit.ts): read them page by page.
    type Place = { _status: string; source: { externalId: string; attribution: string } }
    const docs: Place[] = []
    for (let page = 1; ; page++) {
      const res = await t.http.get(`/api/learning-environments?limit=100&page=${page}&depth=0`)
      expect(res.body.totalDocs).toBe(PLACES)
      docs.push(...(res.body.docs as Place[]))
      if (!res.body.hasNextPage) break
    }
    expect(docs).toHaveLength(PLACES)
    expect(new Set(docs.map((d) => d.source.externalId)).size).toBe(PLACES)
    for (const doc of docs) {
      expect(doc._status).toBe('published')
      expect(doc.source.externalId).toMatch(/^myhelsinki:\d+$/)
      expect(doc.source.attribution).toBe(PLACES_ATTRIBUTION)
    }
  })

  it('writes device profiles at the programme ratios and marks the examples', async () => {
    const profiles = await t.http.get('/api/device-profiles?limit=0&depth=0&sort=devicesPerPupil')
    expect(profiles.body.docs.map((p: { devicesPerPupil: number }) => p.devicesPerPupil)).toEqual(
      DEVICE_PROFILES.map((p) => p.devicesPerPupil).sort((a, b) => a - b),
    )
    for (const collection of ['pedagogical-models', 'digital-materials', 'pilots', 'schools']) {
      const res = await t.http.get(`/api/${collection}?limit=0&depth=0`)
      expect(res.body.docs.every((d: { isExample: boolean }) => d.isExample === true)).toBe(true)
    }
  })

  it('reports its progress and how much it created, and creates no demo users unless asked', async () => {
    const total = Object.values(FIRST_RUN).reduce((a, b) => a + b, 0)
    expect(seedCompetences()).toHaveLength(35)
    expect(await counts()).toEqual(FIRST_RUN)
    expect(lines).toContain(`seed: learning environments 50/${PLACES}`)
    expect(lines).toContain(`seed: learning environments ${PLACES}/${PLACES}`)
    expect(lines.at(-1)).toBe(`seed: done, ${total} items created`)
  })

  it('is idempotent: a second run creates nothing', async () => {
    expect(await seed(t.payload, { places: true, log: () => {} })).toBe(0)
    expect(await counts()).toEqual(FIRST_RUN)
  }, 300_000)

  it('counts as done only once it has run to its end, so a start after an interrupted seed completes it', async () => {
    expect(await needsSeed(t.payload)).toBe(false)
    // What a seed stopped halfway leaves: content, but no completion mark.
    await t.payload.kv.delete(SEEDED_KEY)
    expect(await needsSeed(t.payload)).toBe(true)
    expect(await seed(t.payload, { places: true, log: () => {} })).toBe(0)
    expect(await needsSeed(t.payload)).toBe(false)
  }, 300_000)

  it('adds the demo users when asked, once', async () => {
    expect(await seed(t.payload, { places: true, demoUsers: true, log: () => {} })).toBe(
      DEMO_USERS.length,
    )
    expect(await seed(t.payload, { places: true, demoUsers: true, log: () => {} })).toBe(0)
    expect(await counts()).toEqual({ ...FIRST_RUN, users: DEMO_USERS.length })
  }, 300_000)
})
