import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '../../src/fields/richText.js'
import {
  competenceFrameworks,
  listSchools,
  modelsThatFit,
  publishedBySlug,
  readable,
  recentlyPublished,
} from '../../src/portal/data.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
beforeAll(async () => {
  t = await initTestApp()
})
afterAll(async () => {
  await t.close()
})

describe('detail pages read only what is published', () => {
  it('never find a draft by its slug', async () => {
    await t.payload.create({
      collection: 'pedagogical-models',
      data: { title: 'Secret draft', slug: 'secret-draft', body: paragraphs('Not yet') } as never,
      draft: true,
      overrideAccess: true,
    })
    expect(await publishedBySlug(t.payload, 'pedagogical-models', 'secret-draft', 'fi')).toBeNull()
  })

  it('show the published version while a newer draft waits for review', async () => {
    const published = await publishedBySlug(
      t.payload,
      'pedagogical-models',
      'example-flipped-classroom',
      'en',
    )
    await t.payload.update({
      collection: 'pedagogical-models',
      id: published!.id,
      locale: 'en',
      data: { title: 'Rewritten, not yet reviewed' } as never,
      draft: true,
      overrideAccess: true,
    })
    const again = await publishedBySlug(
      t.payload,
      'pedagogical-models',
      'example-flipped-classroom',
      'en',
    )
    expect(again!.title).toBe('Flipped classroom in mathematics')
  })

  it('populate the links both ways, in the page language', async () => {
    const model = await publishedBySlug(
      t.payload,
      'pedagogical-models',
      'example-robot-programming',
      'sv',
    )
    expect(readable(model!.materials).map((m) => m.title)).toEqual(['Programmeringsmiljön Scratch'])
    expect(readable(model!.pilots).map((p) => p.title)).toEqual([
      'Robotik i varje klass (exempelförsök)',
    ])
    expect(readable(model!.competenceAreas).map((c) => c.code)).toEqual(['3.3', '6.5', 'L1', 'L5'])
    const material = await publishedBySlug(t.payload, 'digital-materials', 'example-scratch', 'en')
    expect(
      (material!.usedInModels as { docs: { title: string }[] }).docs.map((m) => m.title),
    ).toEqual(['Robot programming in primary school'])
    const pilot = await publishedBySlug(t.payload, 'pilots', 'example-pilot-city-classroom', 'en')
    expect(
      (pilot!.models as { docs: { title: string }[] }).docs.map((m) => m.title).sort(),
    ).toEqual(['An investigative museum visit', 'Media literacy at the library'])
  })
})

describe('the home page', () => {
  it('lists the newest published models, materials and pilots first', async () => {
    const recent = await recentlyPublished(t.payload, 'en', 6)
    expect(recent).toHaveLength(6)
    const dates = recent.map((c) => c.publishedAt!)
    expect([...dates].sort().reverse()).toEqual(dates)
    const created = await t.payload.create({
      collection: 'digital-materials',
      locale: 'en',
      data: {
        title: 'Fresh material',
        _status: 'published',
        licence: 'cc-by',
        cost: 'free',
      } as never,
      overrideAccess: true,
    })
    const after = await recentlyPublished(t.payload, 'en', 6)
    expect(after[0]).toMatchObject({
      collection: 'digital-materials',
      id: created.id,
      title: 'Fresh material',
    })
  })
})

describe('the competence browser', () => {
  it('counts distinct published items under each node', async () => {
    const frameworks = await competenceFrameworks(t.payload, 'en')
    expect(frameworks.map((f) => f.framework)).toEqual(['digcompedu', 'transversal'])
    const digcompedu = frameworks[0]!.nodes
    expect(digcompedu.map((n) => n.code)).toEqual(['1', '2', '3', '4', '5', '6'])
    const teaching = digcompedu.find((n) => n.code === '3')!
    // robot, museum and flipped models; the maths videos; the robotics and city-classroom pilots
    expect(teaching.count).toBe(6)
    expect(teaching.children.map((n) => [n.code, n.count])).toEqual([
      ['3.1', 2],
      ['3.2', 1],
      ['3.3', 3],
      ['3.4', 1],
    ])
    expect(digcompedu.find((n) => n.code === '1')!.count).toBe(0)
    const l5 = frameworks[1]!.nodes.find((n) => n.code === 'L5')!
    expect([l5.name, l5.count]).toEqual(['ICT competence', 4])
  })
})

describe('the school page', () => {
  it('lists the models whose devices the school has for all its pupils', async () => {
    const [example] = await listSchools(t.payload, 'fi')
    // 210 laptops for 360 pupils is 0.58 a pupil: no seeded model's profile fits.
    expect(await modelsThatFit(t.payload, example!, 'fi')).toEqual([])
    const wellEquipped = {
      ...example!,
      pupils: [{ gradeBand: '7-9', count: 100 }],
      devices: [{ kind: 'laptop', count: 100 }],
    }
    expect((await modelsThatFit(t.payload, wellEquipped, 'fi')).map((m) => m.title)).toEqual([
      'Käänteinen luokkahuone matematiikassa',
      'Luontoaineiston keruu lähimetsässä',
      'Medialukutaitoa kirjastossa',
    ])
  })
})
