import type { TestApp } from '../helpers/app.js'

type Id = number | string

/** Creates a user with a password and returns its id and an Authorization header. */
export const makeUser = async (
  t: TestApp,
  email: string,
  data: { roles?: string[]; school?: Id; leaderOf?: Id; name?: string } = {},
): Promise<{ id: Id; auth: { Authorization: string } }> => {
  const password = `pw-${email}-long-enough`
  const user = await t.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: {
      email,
      password,
      name: data.name ?? email.split('@')[0]!,
      roles: ['teacher'],
      ...data,
    } as never,
  })
  const res = await t.http.post('/api/users/login').send({ email, password })
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${res.text}`)
  return { id: user.id, auth: { Authorization: `JWT ${res.body.token}` } }
}

/** Competence-area ids by code (DigCompEdu and L1–L7 codes do not overlap). */
export const competenceIds = async (t: TestApp): Promise<Map<string, Id>> => {
  const { docs } = await t.payload.find({
    collection: 'competence-areas',
    pagination: false,
    limit: 0,
    depth: 0,
  })
  return new Map(docs.map((d) => [String(d.code), d.id]))
}

export const idBySlug = async (
  t: TestApp,
  collection: 'pedagogical-models' | 'digital-materials',
  slug: string,
) =>
  (
    await t.payload.find({
      collection,
      where: { slug: { equals: slug } },
      depth: 0,
      limit: 1,
      draft: false,
    })
  ).docs[0]!.id

export const schoolIds = async (t: TestApp): Promise<Id[]> =>
  (
    await t.payload.find({
      collection: 'schools',
      sort: 'id',
      depth: 0,
      pagination: false,
      limit: 0,
    })
  ).docs.map((d) => d.id)

export const userId = async (t: TestApp, email: string): Promise<Id> =>
  (
    await t.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
      depth: 0,
      limit: 1,
    })
  ).docs[0]!.id

/** A published training, written as an editor would (Local API, no access checks). */
export const makeTraining = async (t: TestApp, data: Record<string, unknown>): Promise<Id> =>
  (
    await t.payload.create({
      collection: 'trainings',
      overrideAccess: true,
      locale: 'en',
      data: {
        _status: 'published',
        title: 'A training',
        placeKind: 'online',
        onlineUrl: 'https://meet.example.org/training',
        capacity: 10,
        sessions: [{ start: '2027-02-01T12:00:00.000Z', end: '2027-02-01T14:00:00.000Z' }],
        ...data,
      } as never,
    })
  ).id
