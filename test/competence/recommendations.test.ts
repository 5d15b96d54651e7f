import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initTestApp, type TestApp } from '../helpers/app.js'
import { competenceIds, idBySlug, makeTraining, makeUser, userId } from './support.js'

type Id = number | string
let t: TestApp
let codes: Map<string, Id>
let ids: Record<string, Id>

const target = (code: string, level: string) => ({ competence: codes.get(code), level })

const setTargets = async (
  collection: 'pedagogical-models' | 'digital-materials',
  slug: string,
  targetLevels: { competence: Id | undefined; level: string }[],
) => {
  const id = await idBySlug(t, collection, slug)
  await t.payload.update({
    collection,
    id,
    data: { targetLevels, _status: 'published' } as never,
    overrideAccess: true,
    context: { seeding: true },
  })
  return id
}

/**
 * The seeded scenario. The demo teacher's school (Esimerkkilä: 80 + 160 + 120 pupils in grades
 * 1–2, 3–6, 7–9; 210 laptops, 60 tablets, 12 robotics kits) has the devices for robot programming
 * (kits or tablets for a quarter of 240 pupils), the flipped classroom (a laptop each for 120
 * pupils in 7–9) and Scratch (a laptop per pair for 360 pupils), but not for the museum visit (a
 * tablet per pair for 280 pupils) or the maths videos (an interactive display it lacks).
 */
beforeAll(async () => {
  t = await initTestApp()
  codes = await competenceIds(t)
  ids = {
    robots: await setTargets('pedagogical-models', 'example-robot-programming', [
      target('3.3', 'B1'),
      target('6.5', 'B1'),
    ]),
    museum: await setTargets('pedagogical-models', 'example-museum-investigation', [
      target('3.3', 'B1'),
    ]),
    flipped: await setTargets('pedagogical-models', 'example-flipped-classroom', [
      target('5.2', 'A2'),
    ]),
    videos: await setTargets('digital-materials', 'example-math-videos', [target('5.2', 'A2')]),
    scratch: await setTargets('digital-materials', 'example-scratch', [target('6.5', 'B1')]),
    // Helps with a weak competence, but to a level beyond the next one.
    geogebra: await setTargets('digital-materials', 'example-geogebra', [target('5.2', 'B2')]),
  }
  ids.draft = (
    await t.payload.create({
      collection: 'pedagogical-models',
      overrideAccess: true,
      locale: 'en',
      context: { seeding: true },
      data: {
        title: 'Unpublished model',
        targetLevels: [target('3.3', 'B1')],
        _status: 'draft',
      } as never,
    })
  ).id
  const expert = await userId(t, 'expert@example.org')
  ids.training = await makeTraining(t, {
    title: 'Group work online',
    competenceAreas: [codes.get('3.3')],
    targetLevel: 'B1',
    trainers: [expert],
    registrationDeadline: '2099-01-01T00:00:00.000Z',
  })
  await makeTraining(t, {
    title: 'Closed group work course',
    competenceAreas: [codes.get('3.3')],
    targetLevel: 'B1',
    registrationDeadline: '2020-01-01T00:00:00.000Z',
  })
  const answers = [
    ['5.2', 'A1'],
    ['3.3', 'A2'],
    ['6.5', 'A2'],
    ['4.1', 'B1'],
    ['2.1', 'C2'],
  ].map(([code, level]) => target(code!, level!))
  const res = await t.http
    .post('/api/self-assessments')
    .set(await t.as('teacher'))
    .send({ answers })
  expect(res.status).toBe(201)
}, 400_000)
afterAll(async () => {
  await t?.close()
})

describe('GET /api/me/recommendations', () => {
  it('lists the weakest competences and the items that lift them, best first', async () => {
    const res = await t.http.get('/api/me/recommendations?locale=en').set(await t.as('teacher'))
    expect(res.status).toBe(200)
    expect(res.body.weakest).toEqual([
      { code: '5.2', name: 'Differentiation and personalisation', level: 'A1', target: 'A2' },
      { code: '3.3', name: 'Collaborative learning', level: 'A2', target: 'B1' },
      { code: '6.5', name: 'Digital problem solving', level: 'A2', target: 'B1' },
    ])
    const summary = res.body.items.map(
      (i: { collection: string; id: Id; fitsDevices: boolean; reasons: string[] }) => [
        i.collection,
        i.id,
        i.fitsDevices,
        i.reasons,
      ],
    )
    expect(summary).toEqual([
      [
        'pedagogical-models',
        ids.robots,
        true,
        [
          'you assessed 3.3 Collaborative learning at A2; this model targets B1',
          'you assessed 6.5 Digital problem solving at A2; this model targets B1',
        ],
      ],
      [
        'pedagogical-models',
        ids.flipped,
        true,
        ['you assessed 5.2 Differentiation and personalisation at A1; this model targets A2'],
      ],
      [
        'trainings',
        ids.training,
        true,
        ['you assessed 3.3 Collaborative learning at A2; this training targets B1'],
      ],
      [
        'digital-materials',
        ids.scratch,
        true,
        ['you assessed 6.5 Digital problem solving at A2; this material targets B1'],
      ],
      [
        'digital-materials',
        ids.videos,
        false,
        ['you assessed 5.2 Differentiation and personalisation at A1; this material targets A2'],
      ],
      [
        'pedagogical-models',
        ids.museum,
        false,
        ['you assessed 3.3 Collaborative learning at A2; this model targets B1'],
      ],
    ])
    expect(res.body.items[0]).toMatchObject({
      title: 'Robot programming in primary school',
      slug: 'example-robot-programming',
      competences: [
        { code: '3.3', level: 'A2', target: 'B1' },
        { code: '6.5', level: 'A2', target: 'B1' },
      ],
    })
  })

  it('words the reasons in the request locale', async () => {
    const fi = await t.http
      .get('/api/me/recommendations')
      .set(await t.as('teacher'))
      .set('Accept-Language', 'fi-FI,fi;q=0.9')
    expect(fi.body.items[0].reasons[0]).toBe(
      'arvioit osaamisesi 3.3 Yhteisöllinen oppiminen tasolle A2; tämä malli tähtää tasolle B1',
    )
    const sv = await t.http.get('/api/me/recommendations?locale=sv').set(await t.as('teacher'))
    expect(sv.body.items[2].reasons[0]).toBe(
      'du bedömde 3.3 Kollaborativt lärande till nivå A2; denna utbildning siktar på nivå B1',
    )
  })

  it('follows a re-assessment', async () => {
    const teacher = await makeUser(t, 'reassessor@example.org')
    await t.http
      .post('/api/self-assessments')
      .set(teacher.auth)
      .send({ answers: [target('3.3', 'A2'), target('5.2', 'B1')] })
      .expect(201)
    await t.http
      .post('/api/self-assessments')
      .set(teacher.auth)
      .send({ answers: [target('3.3', 'B1')] })
      .expect(201)
    const res = await t.http.get('/api/me/recommendations?locale=en').set(teacher.auth)
    expect(res.body.weakest).toEqual([
      { code: '3.3', name: 'Collaborative learning', level: 'B1', target: 'B2' },
      { code: '5.2', name: 'Differentiation and personalisation', level: 'B1', target: 'B2' },
    ])
    // No school, so nothing is known to fit; GeoGebra targets 5.2 at B2.
    expect(
      res.body.items.map((i: { id: Id; fitsDevices: boolean }) => [i.id, i.fitsDevices]),
    ).toEqual([[ids.geogebra, false]])
  })

  it('answers a teacher who has not assessed themself, and refuses anonymous callers', async () => {
    const fresh = await makeUser(t, 'fresh@example.org')
    const res = await t.http.get('/api/me/recommendations?locale=en').set(fresh.auth)
    expect(res.body).toEqual({ locale: 'en', assessed: false, weakest: [], items: [] })
    expect((await t.http.get('/api/me/recommendations')).status).toBe(401)
  })
})

describe('saved lists', () => {
  let list: { id: Id; shareToken: string | null }

  // A draft cannot be put on a list (test/security/halfDoneWrites.test.ts): it would tell the
  // caller that the draft exists.
  it('are created private and owned by the caller', async () => {
    const other = await makeUser(t, 'someone-else@example.org')
    const res = await t.http
      .post('/api/saved-lists?depth=0')
      .set(await t.as('teacher'))
      .send({
        name: 'Spring term',
        owner: other.id,
        shareToken: 'chosen-by-the-client-0000000000000',
        items: [
          { item: { relationTo: 'pedagogical-models', value: ids.robots }, note: 'Week 3' },
          { item: { relationTo: 'digital-materials', value: ids.scratch }, note: 'Homework' },
        ],
      })
    expect(res.status).toBe(201)
    list = res.body.doc
    expect(res.body.doc).toMatchObject({
      name: 'Spring term',
      owner: await userId(t, 'teacher@example.org'),
      shared: false,
      shareToken: null,
    })
    expect((await t.http.get('/api/saved-lists').set(other.auth)).body.totalDocs).toBe(0)
    expect((await t.http.get(`/api/saved-lists/${list.id}`).set(other.auth)).status).toBe(404)
    expect((await t.http.get(`/api/saved-lists/${list.id}`).set(await t.as('admin'))).status).toBe(
      404,
    )
    expect((await t.http.get('/api/saved-lists')).status).toBe(403)
  })

  it('keep the order the owner gives them', async () => {
    const current = await t.http
      .get(`/api/saved-lists/${list.id}?depth=0`)
      .set(await t.as('teacher'))
    const reordered = [...current.body.items].reverse()
    const res = await t.http
      .patch(`/api/saved-lists/${list.id}?depth=0`)
      .set(await t.as('teacher'))
      .send({ items: reordered })
    expect(res.body.doc.items.map((i: { item: { value: Id } }) => i.item.value)).toEqual([
      ids.scratch,
      ids.robots,
    ])
  })

  it('are shared read-only by an unguessable link', async () => {
    const shared = await t.http
      .patch(`/api/saved-lists/${list.id}?depth=0`)
      .set(await t.as('teacher'))
      .send({ shared: true })
    const token = shared.body.doc.shareToken as string
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/)
    const res = await t.http.get(`/api/saved-lists/shared/${token}?locale=en`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      name: 'Spring term',
      updatedAt: shared.body.doc.updatedAt,
      items: [
        {
          collection: 'digital-materials',
          id: ids.scratch,
          title: 'Scratch programming environment',
          slug: 'example-scratch',
          note: 'Homework',
        },
        {
          collection: 'pedagogical-models',
          id: ids.robots,
          title: 'Robot programming in primary school',
          slug: 'example-robot-programming',
          note: 'Week 3',
        },
      ],
    })
    const again = await t.http
      .patch(`/api/saved-lists/${list.id}?depth=0`)
      .set(await t.as('teacher'))
      .send({ name: 'Spring term 2027' })
    expect(again.body.doc.shareToken).toBe(token)

    await t.http
      .patch(`/api/saved-lists/${list.id}`)
      .set(await t.as('teacher'))
      .send({ shared: false })
      .expect(200)
    expect((await t.http.get(`/api/saved-lists/shared/${token}`)).status).toBe(404)
    const reshared = await t.http
      .patch(`/api/saved-lists/${list.id}?depth=0`)
      .set(await t.as('teacher'))
      .send({ shared: true })
    expect(reshared.body.doc.shareToken).not.toBe(token)
    expect((await t.http.get('/api/saved-lists/shared/not-a-token')).status).toBe(404)
  })
})
