import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { competenceIds, makeTraining, makeUser, userId } from '../competence/support.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
let teacher: Awaited<ReturnType<typeof makeUser>>
let training: number | string

beforeAll(async () => {
  t = await initTestApp()
  const codes = await competenceIds(t)
  teacher = await makeUser(t, 'registered@example.org')
  training = await makeTraining(t, {
    title: 'A training someone registered for',
    description: 'One afternoon.',
    competenceAreas: [codes.get('3.3')],
    targetLevel: 'B1',
    trainers: [await userId(t, 'expert@example.org')],
    sessions: [{ start: '2027-02-01T12:00:00.000Z', end: '2027-02-01T14:00:00.000Z' }],
    capacity: 10,
    registrationDeadline: '2027-01-25T20:00:00.000Z',
  })
  const registered = await t.http.post('/api/me/registrations').set(teacher.auth).send({ training })
  expect(registered.status).toBe(201)
  // A cancelled registration is history too.
  expect((await t.http.delete(`/api/me/registrations/${training}`).set(teacher.auth)).status).toBe(
    200,
  )
}, 200_000)
afterAll(async () => {
  await t?.close()
})

const versionsOf = async (id: number | string) =>
  (
    await t.payload.findVersions({
      collection: 'trainings',
      where: { parent: { equals: id } },
      limit: 0,
      pagination: false,
    })
  ).totalDocs

describe('deleting what others depend on', () => {
  it('a training with registrations is refused with 409, and nothing of it is removed', async () => {
    const versions = await versionsOf(training)
    const res = await t.http
      .delete(`/api/trainings/${training}`)
      .set(await t.as('editor'))
      .set('Accept-Language', 'en')
    expect(res.status).toBe(409)
    expect(res.body).toEqual({
      errors: [
        {
          message:
            'This training has 1 registration (its attendance history). Unpublish the training instead of deleting it.',
        },
      ],
    })
    expect(await versionsOf(training)).toBe(versions)
    const still = await t.payload.findByID({ collection: 'trainings', id: training })
    expect(still._status).toBe('published')
  })

  it('a user with registrations is refused with 409 that says why', async () => {
    const res = await t.http
      .delete(`/api/users/${teacher.id}`)
      .set(await t.as('admin'))
      .set('Accept-Language', 'en')
    expect(res.status).toBe(409)
    expect(res.body).toEqual({
      errors: [
        {
          message:
            'This user has 1 training registration (attendance history). Remove their roles instead of deleting them.',
        },
      ],
    })
    expect((await t.payload.findByID({ collection: 'users', id: teacher.id })).id).toBe(teacher.id)
  })

  it('a user with nothing depending on them is deleted', async () => {
    const loner = await makeUser(t, 'loner@example.org')
    const res = await t.http.delete(`/api/users/${loner.id}`).set(await t.as('admin'))
    expect(res.status).toBe(200)
  })
})

describe('a saved list referring to an item the caller cannot read', () => {
  const save = async (item: { relationTo: string; value: number | string }) =>
    t.http
      .post('/api/saved-lists')
      .set(teacher.auth)
      .set('Accept-Language', 'en')
      .send({ name: 'My list', items: [{ item }] })

  it('a missing item and a draft get the same 400, and no list is saved', async () => {
    const before = (await t.payload.count({ collection: 'saved-lists' })).totalDocs
    const draft = await t.payload.create({
      collection: 'pedagogical-models',
      data: { title: 'Somebody else’s draft', _status: 'draft' },
      draft: true,
    })
    const missing = await save({ relationTo: 'pedagogical-models', value: 999_999 })
    const hidden = await save({ relationTo: 'pedagogical-models', value: draft.id })
    expect(missing.status).toBe(400)
    expect(hidden.status).toBe(400)
    expect(hidden.body).toEqual(missing.body)
    expect(missing.body.errors[0].data.errors).toEqual([
      { message: 'This item does not exist or is not available.', path: 'items.0.item' },
    ])
    expect((await t.payload.count({ collection: 'saved-lists' })).totalDocs).toBe(before)
  })

  it('a published item is saved', async () => {
    const { docs } = await t.payload.find({
      collection: 'pedagogical-models',
      where: { _status: { equals: 'published' } },
      limit: 1,
    })
    const res = await save({ relationTo: 'pedagogical-models', value: docs[0]!.id })
    expect(res.status).toBe(201)
  })
})
