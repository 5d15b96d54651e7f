import type { CollectionSlug } from 'payload'
import type { Response } from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../../collections/slugs.js'
import { DEMO_USERS } from '../../src/seed/examples.js'
import { initTestApp, type TestApp } from '../helpers/app.js'
import {
  CONTENT_MATRIX,
  type ContentAction,
  type Outcome,
  REFERENCE_MATRIX,
  type ReferenceAction,
  USERS_MATRIX,
  type UsersAction,
  WHO,
  type Who,
} from './support/accessMatrix.js'
import { type Id, makeItem, MINIMAL, uniqueTitle, userId } from './support/content.js'

let t: TestApp
const ids = {} as Record<Who | 'expert2' | 'teacher2', Id>
const EXPERT2 = {
  email: 'expert2@example.org',
  password: 'learning-city-expert2',
  name: 'Erkki Expert',
}
const TEACHER2 = {
  email: 'teacher2@example.org',
  password: 'learning-city-teacher2',
  name: 'Tiina Teacher',
}

beforeAll(async () => {
  t = await initTestApp()
  for (const user of DEMO_USERS) ids[user.roles[0]] = await userId(t.payload, user.email)
  ids.expert2 = (
    await t.payload.create({ collection: 'users', data: { ...EXPERT2, roles: ['expert'] } })
  ).id
  ids.teacher2 = (
    await t.payload.create({ collection: 'users', data: { ...TEACHER2, roles: ['teacher'] } })
  ).id
})
afterAll(async () => {
  await t?.close()
})

/** Payload's own refusals are worded in the request's language; these tests read English. */
const headers = async (who: Who): Promise<Record<string, string>> => ({
  'Accept-Language': 'en',
  ...(who === 'anonymous' ? {} : await t.as(who)),
})

/** Whose item "their own" is: anonymous visitors and teachers try the expert's. */
const ownerOf = (who: Who): Id => (who === 'anonymous' || who === 'teacher' ? ids.expert : ids[who])

const emailOf = (who: Exclude<Who, 'anonymous'>): string =>
  DEMO_USERS.find((u) => u.roles[0] === who)!.email

/** One attempt: the response, what success must have done, and what a refusal must have kept. */
type Attempt = { res: Response; done: () => Promise<void>; kept: () => Promise<void> }

const publicTitle = async (collection: string, id: Id): Promise<string | null> => {
  const res = await t.http.get(`/api/${collection}/${id}?depth=0`).set(await headers('anonymous'))
  return res.status === 200 ? res.body.title : null
}

const latestDraft = async (
  collection: ContentCollection,
  id: Id,
): Promise<Record<string, unknown>> => ({
  ...(await t.payload.findByID({ collection, id, draft: true })),
})

const contentAttempts: Record<
  ContentAction,
  (collection: ContentCollection, who: Who) => Promise<Attempt>
> = {
  readPublished: async (c, who) => {
    const item = await makeItem(t.payload, c, { by: ids.expert, status: 'published' })
    const res = await t.http.get(`/api/${c}/${item.id}?depth=0`).set(await headers(who))
    return {
      res,
      done: async () =>
        expect([res.body.title, res.body._status]).toEqual([item.title, 'published']),
      kept: async () => {},
    }
  },
  readOwnDraft: async (c, who) => {
    const item = await makeItem(t.payload, c, { by: ids.expert, status: 'draft' })
    const res = await t.http.get(`/api/${c}/${item.id}?depth=0`).set(await headers(who))
    return {
      res,
      done: async () => expect([res.body.title, res.body._status]).toEqual([item.title, 'draft']),
      kept: async () => {},
    }
  },
  readOthersDraft: async (c, who) => {
    const item = await makeItem(t.payload, c, { by: ids.expert2, status: 'draft' })
    const res = await t.http.get(`/api/${c}/${item.id}?depth=0`).set(await headers(who))
    return {
      res,
      done: async () => expect([res.body.title, res.body._status]).toEqual([item.title, 'draft']),
      kept: async () => {},
    }
  },
  create: async (c, who) => {
    const title = uniqueTitle(`${c} by ${who}`)
    const res = await t.http
      .post(`/api/${c}?depth=0`)
      .set(await headers(who))
      .send(MINIMAL[c](title))
    return {
      res,
      done: async () => {
        expect(res.status).toBe(201)
        expect(res.body.doc).toMatchObject({ title, _status: 'draft', reviewStatus: 'draft' })
        expect(res.body.doc.createdBy).toBe(ids[who])
      },
      kept: async () => {
        const found = await t.payload.count({ collection: c, where: { title: { equals: title } } })
        expect(found.totalDocs).toBe(0)
      },
    }
  },
  updateOwnDraft: async (c, who) => {
    const item = await makeItem(t.payload, c, { by: ownerOf(who), status: 'draft' })
    const title = `${item.title} (edited)`
    const res = await t.http
      .patch(`/api/${c}/${item.id}?depth=0`)
      .set(await headers(who))
      .send({ title })
    return {
      res,
      done: async () => expect((await latestDraft(c, item.id)).title).toBe(title),
      kept: async () => expect((await latestDraft(c, item.id)).title).toBe(item.title),
    }
  },
  updateOthers: async (c, who) => {
    const item = await makeItem(t.payload, c, { by: ids.expert2, status: 'draft' })
    const title = `${item.title} (edited)`
    const res = await t.http
      .patch(`/api/${c}/${item.id}?depth=0`)
      .set(await headers(who))
      .send({ title })
    return {
      res,
      done: async () => expect((await latestDraft(c, item.id)).title).toBe(title),
      kept: async () => expect((await latestDraft(c, item.id)).title).toBe(item.title),
    }
  },
  submit: async (c, who) => {
    const item = await makeItem(t.payload, c, { by: ownerOf(who), status: 'draft' })
    const res = await t.http
      .patch(`/api/${c}/${item.id}?depth=0&draft=true`)
      .set(await headers(who))
      .send({ reviewStatus: 'in-review' })
    return {
      res,
      done: async () => expect((await latestDraft(c, item.id)).reviewStatus).toBe('in-review'),
      kept: async () => expect((await latestDraft(c, item.id)).reviewStatus).toBe('draft'),
    }
  },
  publish: async (c, who) => {
    const item = await makeItem(t.payload, c, { by: ownerOf(who), status: 'draft' })
    const res = await t.http
      .patch(`/api/${c}/${item.id}?depth=0`)
      .set(await headers(who))
      .send({ _status: 'published' })
    return {
      res,
      done: async () => {
        expect(res.body.doc._status).toBe('published')
        expect(await publicTitle(c, item.id)).toBe(item.title)
      },
      kept: async () => expect(await publicTitle(c, item.id)).toBe(null),
    }
  },
  unpublish: async (c, who) => {
    const item = await makeItem(t.payload, c, { by: ownerOf(who), status: 'published' })
    const res = await t.http
      .patch(`/api/${c}/${item.id}?depth=0`)
      .set(await headers(who))
      .send({ _status: 'draft' })
    return {
      res,
      done: async () => expect(await publicTitle(c, item.id)).toBe(null),
      kept: async () => expect(await publicTitle(c, item.id)).toBe(item.title),
    }
  },
  restore: async (c, who) => {
    const first = await makeItem(t.payload, c, { by: ownerOf(who), status: 'published' })
    const second = `${first.title} (second)`
    await t.payload.update({
      collection: c as CollectionSlug,
      id: first.id,
      data: { title: second, _status: 'published' } as never,
    })
    const { docs } = await t.payload.findVersions({
      collection: c as CollectionSlug,
      where: { parent: { equals: first.id } },
      sort: 'createdAt',
    })
    const res = await t.http
      .post(`/api/${c}/versions/${docs[0]!.id}?depth=0`)
      .set(await headers(who))
    return {
      res,
      done: async () => expect(await publicTitle(c, first.id)).toBe(first.title),
      kept: async () => expect(await publicTitle(c, first.id)).toBe(second),
    }
  },
  readVersions: async (c, who) => {
    const item = await makeItem(t.payload, c, { by: ownerOf(who), status: 'draft' })
    const res = await t.http
      .get(`/api/${c}/versions?depth=0&where[parent][equals]=${item.id}`)
      .set(await headers(who))
    return {
      res,
      done: async () => {
        expect(res.body.totalDocs).toBe(1)
        expect(res.body.docs[0].version.title).toBe(item.title)
      },
      kept: async () => {},
    }
  },
  delete: async (c, who) => {
    const item = await makeItem(t.payload, c, { by: ownerOf(who), status: 'draft' })
    const res = await t.http.delete(`/api/${c}/${item.id}`).set(await headers(who))
    const exists = async () =>
      (await t.payload.count({ collection: c, where: { id: { equals: item.id } } })).totalDocs
    return {
      res,
      done: async () => expect(await exists()).toBe(0),
      kept: async () => expect(await exists()).toBe(1),
    }
  },
}

const REFERENCE_COLLECTIONS = ['competence-areas', 'device-profiles', 'schools'] as const
type ReferenceCollection = (typeof REFERENCE_COLLECTIONS)[number]

const referenceData: Record<ReferenceCollection, (name: string) => Record<string, unknown>> = {
  'competence-areas': (name) => ({ framework: 'city', code: `C${name.replace(/\D/g, '')}`, name }),
  'device-profiles': (name) => ({
    name,
    deviceKinds: ['tablet'],
    devicesPerPupil: 0.5,
    grouping: 'pairs',
    network: 'basic',
  }),
  schools: (name) => ({ name, kind: 'comprehensive', district: 'Keskusta' }),
}

const makeReference = async (c: ReferenceCollection) => {
  const name = uniqueTitle(c)
  const doc = await t.payload.create({ collection: c, data: referenceData[c](name) as never })
  return { id: doc.id, name }
}

const nameOf = async (c: ReferenceCollection, id: Id): Promise<string | null> =>
  (await t.payload.find({ collection: c, where: { id: { equals: id } } })).docs[0]?.name ?? null

const referenceAttempts: Record<
  ReferenceAction,
  (collection: ReferenceCollection, who: Who) => Promise<Attempt>
> = {
  read: async (c, who) => {
    const item = await makeReference(c)
    const res = await t.http.get(`/api/${c}/${item.id}`).set(await headers(who))
    return { res, done: async () => expect(res.body.name).toBe(item.name), kept: async () => {} }
  },
  create: async (c, who) => {
    const name = uniqueTitle(c)
    const res = await t.http
      .post(`/api/${c}`)
      .set(await headers(who))
      .send(referenceData[c](name))
    const count = async () =>
      (await t.payload.count({ collection: c, where: { name: { equals: name } } })).totalDocs
    return {
      res,
      done: async () => {
        expect(res.status).toBe(201)
        expect(await count()).toBe(1)
      },
      kept: async () => expect(await count()).toBe(0),
    }
  },
  update: async (c, who) => {
    const item = await makeReference(c)
    const res = await t.http
      .patch(`/api/${c}/${item.id}`)
      .set(await headers(who))
      .send({ name: `${item.name} (renamed)` })
    return {
      res,
      done: async () => expect(await nameOf(c, item.id)).toBe(`${item.name} (renamed)`),
      kept: async () => expect(await nameOf(c, item.id)).toBe(item.name),
    }
  },
  delete: async (c, who) => {
    const item = await makeReference(c)
    const res = await t.http.delete(`/api/${c}/${item.id}`).set(await headers(who))
    return {
      res,
      done: async () => expect(await nameOf(c, item.id)).toBe(null),
      kept: async () => expect(await nameOf(c, item.id)).toBe(item.name),
    }
  },
}

const makeTeacher = async () => {
  const email = `${uniqueTitle('victim').replace(' ', '-')}@example.org`
  const doc = await t.payload.create({
    collection: 'users',
    data: { email, password: 'a-password-of-some-length', name: 'Victim', roles: ['teacher'] },
  })
  return doc.id
}

const userById = async (id: Id) =>
  (await t.payload.find({ collection: 'users', where: { id: { equals: id } } })).docs[0]

const usersAttempts: Record<UsersAction, (who: Who) => Promise<Attempt>> = {
  create: async (who) => {
    const email = `${uniqueTitle('new').replace(' ', '-')}@example.org`
    const res = await t.http
      .post('/api/users')
      .set(await headers(who))
      .send({ email, password: 'a-password-of-some-length', name: 'New User', roles: ['teacher'] })
    const count = async () =>
      (await t.payload.count({ collection: 'users', where: { email: { equals: email } } }))
        .totalDocs
    return {
      res,
      done: async () => {
        expect(res.status).toBe(201)
        expect(await count()).toBe(1)
      },
      kept: async () => expect(await count()).toBe(0),
    }
  },
  readSelf: async (who) => {
    const res = await t.http.get('/api/users/me').set(await headers(who))
    return {
      res,
      done: async () => {
        expect(res.body.user.email).toBe(emailOf(who as Exclude<Who, 'anonymous'>))
        expect(Object.keys(res.body.user)).not.toContain('hash')
        expect(Object.keys(res.body.user)).not.toContain('salt')
      },
      kept: async () => {},
    }
  },
  readPublicProfile: async (who) => {
    const res = await t.http.get(`/api/users/${ids.expert2}?depth=0`).set(await headers(who))
    return { res, done: async () => expect(res.body.name).toBe(EXPERT2.name), kept: async () => {} }
  },
  readEmail: async (who) => {
    const res = await t.http.get(`/api/users/${ids.expert2}?depth=0`).set(await headers(who))
    return {
      res,
      done: async () => expect(res.body.email).toBe(EXPERT2.email),
      kept: async () => {
        expect(res.body.name).toBe(EXPERT2.name)
        expect(Object.keys(res.body)).not.toContain('email')
      },
    }
  },
  readTeacher: async (who) => {
    const res = await t.http.get(`/api/users/${ids.teacher2}?depth=0`).set(await headers(who))
    return {
      res,
      done: async () => expect(res.body.name).toBe(TEACHER2.name),
      kept: async () => {},
    }
  },
  updateSelf: async (who) => {
    const name = uniqueTitle(`renamed ${who}`)
    const res = await t.http
      .patch(`/api/users/${ids[who]}`)
      .set(await headers(who))
      .send({ name })
    return {
      res,
      done: async () => expect((await userById(ids[who]))!.name).toBe(name),
      kept: async () => {},
    }
  },
  changeOwnRoles: async (who) => {
    const roles = who === 'admin' ? ['admin', 'editor'] : ['admin']
    const res = await t.http
      .patch(`/api/users/${ids[who]}`)
      .set(await headers(who))
      .send({ roles })
    return {
      res,
      done: async () => expect((await userById(ids[who]))!.roles).toEqual(roles),
      kept: async () => expect((await userById(ids[who]))!.roles).toEqual([who]),
    }
  },
  updateOthers: async (who) => {
    const victim = await makeTeacher()
    const res = await t.http
      .patch(`/api/users/${victim}`)
      .set(await headers(who))
      .send({ name: 'Renamed by someone else' })
    return {
      res,
      done: async () => expect((await userById(victim))!.name).toBe('Renamed by someone else'),
      kept: async () => expect((await userById(victim))!.name).toBe('Victim'),
    }
  },
  delete: async (who) => {
    const victim = await makeTeacher()
    const res = await t.http.delete(`/api/users/${victim}`).set(await headers(who))
    return {
      res,
      done: async () => expect(await userById(victim)).toBe(undefined),
      kept: async () => expect((await userById(victim))!.name).toBe('Victim'),
    }
  },
}

const describeOutcome = (o: Outcome): string =>
  o.allowed === 'n/a'
    ? 'does not apply'
    : o.allowed
      ? 'allowed'
      : o.status === 200
        ? `answered, but ${o.message}`
        : `refused with ${o.status} "${o.message}"`

/** Checks one cell: success and its effect, or the exact refusal and nothing changed. */
const check = async (outcome: Outcome, attempt: () => Promise<Attempt>) => {
  const { res, done, kept } = await attempt()
  if (outcome.allowed === true) {
    expect(res.status, res.text).toBeLessThan(300)
    await done()
  } else if (outcome.allowed === false && outcome.status === 200) {
    expect(res.status, res.text).toBe(200)
    await kept()
  } else if (outcome.allowed === false) {
    expect({ status: res.status, body: res.body }).toEqual({
      status: outcome.status,
      body: { errors: [{ message: outcome.message }] },
    })
    await kept()
  }
}

const ROLE_TITLES: Record<Who, string> = {
  anonymous: 'anonymous visitors',
  teacher: 'teachers',
  expert: 'experts',
  editor: 'editors',
  admin: 'admins',
}

for (const who of WHO) {
  describe(`${ROLE_TITLES[who]} can …`, () => {
    for (const { action, label, cells } of CONTENT_MATRIX) {
      it.each(CONTENT_COLLECTIONS)(`${label} in %s: ${describeOutcome(cells[who])}`, async (c) => {
        await check(cells[who], () => contentAttempts[action](c, who))
      })
    }
    for (const { action, label, cells } of REFERENCE_MATRIX) {
      it.each(REFERENCE_COLLECTIONS)(`${label} %s: ${describeOutcome(cells[who])}`, async (c) => {
        await check(cells[who], () => referenceAttempts[action](c, who))
      })
    }
    for (const { action, label, cells } of USERS_MATRIX) {
      const outcome = cells[who]
      if (outcome.allowed === 'n/a') {
        it(`${label}: ${describeOutcome(outcome)} (they have no profile)`, async () => {
          const res = await t.http.get('/api/users/me')
          expect({ status: res.status, user: res.body.user }).toEqual({ status: 200, user: null })
        })
        continue
      }
      it(`${label}: ${describeOutcome(outcome)}`, async () => {
        await check(outcome, () => usersAttempts[action](who))
      })
    }
  })
}
