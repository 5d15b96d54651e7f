import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_USERS } from '../../src/seed/examples.js'
import { initTestApp, type TestApp } from '../helpers/app.js'
import { testDatabaseKind } from '../helpers/database.js'

/** What an id must be: a serial integer on SQL, an ObjectId on MongoDB. */
const ID_IS = testDatabaseKind() === 'mongodb' ? 'an id (24 hexadecimal digits)' : 'a number'

let t: TestApp
beforeAll(async () => {
  t = await initTestApp()
})
afterAll(async () => {
  await t.close()
})

const VALID_PROFILE = {
  name: 'Security test profile',
  deviceKinds: ['tablet'],
  devicesPerPupil: 0.5,
  grouping: 'pairs',
  network: 'basic',
}

const password = (role: string) => DEMO_USERS.find((u) => u.roles[0] === role)!.password

describe('writes with bad bodies get a 400 and change nothing', () => {
  it('malformed JSON', async () => {
    const res = await t.http
      .post('/api/device-profiles')
      .set(await t.as('editor'))
      .set('content-type', 'application/json')
      .send('{"name": "half')
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ errors: [{ message: 'Invalid JSON' }] })
  })

  it('wrong types name each bad field', async () => {
    const res = await t.http
      .post('/api/device-profiles')
      .set(await t.as('editor'))
      .send({ ...VALID_PROFILE, devicesPerPupil: 5, grouping: 'crowd' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].name).toBe('ValidationError')
    const fieldErrors = res.body.errors[0].data.errors as { path: string; message: string }[]
    expect(fieldErrors.map((e) => e.path)).toEqual(['devicesPerPupil', 'grouping'])
    expect(fieldErrors.every((e) => e.message.length > 0)).toBe(true)
  })

  it('unknown fields are named, while the same body without them is accepted', async () => {
    const before = (await t.payload.count({ collection: 'device-profiles' })).totalDocs
    const res = await t.http
      .post('/api/device-profiles')
      .set(await t.as('editor'))
      .send({ ...VALID_PROFILE, colour: 'red', devicesPerPupl: 1 })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      errors: [
        {
          name: 'ValidationError',
          message: 'The following fields are invalid: colour, devicesPerPupl',
          data: {
            collection: 'device-profiles',
            errors: [
              { path: 'colour', message: 'Unknown field "colour".' },
              { path: 'devicesPerPupl', message: 'Unknown field "devicesPerPupl".' },
            ],
          },
        },
      ],
    })
    expect((await t.payload.count({ collection: 'device-profiles' })).totalDocs).toBe(before)
    const ok = await t.http
      .post('/api/device-profiles')
      .set(await t.as('editor'))
      .send(VALID_PROFILE)
    expect(ok.status).toBe(201)
    expect(ok.body.doc.devicesPerPupil).toBe(0.5)
  })

  it('hidden auth fields cannot be written, and the password still works', async () => {
    const me = await t.http.get('/api/users/me').set(await t.as('teacher'))
    const res = await t.http
      .patch(`/api/users/${me.body.user.id}`)
      .set(await t.as('teacher'))
      .send({ hash: 'x', salt: 'y', loginAttempts: 0, lockUntil: null })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual([
      'hash',
      'salt',
      'loginAttempts',
      'lockUntil',
    ])
    const login = await t.http
      .post('/api/users/login')
      .send({ email: 'teacher@example.org', password: password('teacher') })
    expect(login.status).toBe(200)
  })
})

describe('operator injection in where is refused or inert', () => {
  const cases: [string, number, string | undefined][] = [
    ['where[$where]=1', 400, undefined],
    ['where[name][$regex]=.*', 400, 'The following path cannot be queried: name.$regex'],
    [
      'where[name][equals][$ne]=1',
      400,
      'Invalid query: where[name][equals] must be a plain value, not an object or a list.',
    ],
    [
      'where[name][in]=a&where[name][in][$ne]=1',
      400,
      'Invalid query: where[name][in] must be a plain value, not an object or a list.',
    ],
    [
      'where[name][like][]=x',
      400,
      'Invalid query: where[name][like] must be a plain value, not an object or a list.',
    ],
    [
      'where[name][like][$gt]=',
      400,
      'Invalid query: where[name][like] must be a plain value, not an object or a list.',
    ],
    [
      'where[createdAt][greater_than]=notadate',
      400,
      'Invalid query: where[createdAt][greater_than] must be a date.',
    ],
    ['where[id][in]=1,abc', 400, `Invalid query: where[id][in] must be ${ID_IS}.`],
    ['where[id][equals]=1%20OR%201=1', 400, `Invalid query: where[id][equals] must be ${ID_IS}.`],
    [
      'where[devicesPerPupil][equals]=abc',
      400,
      'Invalid query: where[devicesPerPupil][equals] must be a number.',
    ],
    [
      'where[name][near]=1,2',
      400,
      'Invalid query: where[name][near]: only location fields take geo operators.',
    ],
    ['where[name][exists]=maybe', 400, 'Invalid query: where[name][exists] must be true or false.'],
    ['where[or]=1', 400, 'Invalid query: where[or] must be a list of conditions.'],
    ['where[and][0]=x', 400, 'Invalid query: where[and][0] must be an object of conditions.'],
    ['where[name]=x', 400, 'Invalid query: where[name] must be an object of operators.'],
    ["where[name][equals]=x'%20OR%20'1'='1", 200, undefined],
    ['where[name][like]=%25%25%5C%27', 200, undefined],
  ]
  it.each(cases)('%s → %i', async (query, status, message) => {
    const res = await t.http.get(`/api/device-profiles?${query}`)
    expect(res.status).toBe(status)
    if (message) expect(res.body.errors[0].message).toBe(message)
    if (status === 200) expect(res.body.docs).toEqual([])
  })

  it('a NUL byte in a text filter is refused (PostgreSQL would fail on it)', async () => {
    const res = await t.http.get('/api/device-profiles?where[name][contains]=%00')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe(
      'Invalid query: where[name][contains] must not contain a NUL character.',
    )
  })

  it("GraphQL's capitalised OR and AND combinators still filter", async () => {
    const res = await t.http.post('/api/graphql').send({
      query: `{ DeviceProfiles(where: { OR: [{ devicesPerPupil: { equals: 1 } }, { devicesPerPupil: { equals: 0.5 } }] }, sort: "devicesPerPupil", limit: 10) { docs { devicesPerPupil } } }`,
    })
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    const rest = await t.http.get(
      '/api/device-profiles?where[or][0][devicesPerPupil][equals]=1&where[or][1][devicesPerPupil][equals]=0.5&sort=devicesPerPupil&limit=10',
    )
    const values = res.body.data.DeviceProfiles.docs.map(
      (d: { devicesPerPupil: number }) => d.devicesPerPupil,
    )
    expect(values).toEqual(
      rest.body.docs.map((d: { devicesPerPupil: number }) => d.devicesPerPupil),
    )
    expect(new Set(values)).toEqual(new Set([0.5, 1]))
  })

  it('inert lookalikes of SQL leave every row in place', async () => {
    const all = await t.http.get('/api/device-profiles?limit=0')
    expect(all.body.totalDocs).toBe(
      (await t.payload.count({ collection: 'device-profiles' })).totalDocs,
    )
  })
})

describe('malformed ids', () => {
  it('answer 404, not a database error', async () => {
    const admin = await t.as('admin')
    for (const [method, path] of [
      ['get', '/api/device-profiles/abc'],
      ['get', '/api/users/access'],
      ['patch', '/api/device-profiles/1%20OR%201=1'],
      ['delete', '/api/device-profiles/abc'],
      ['get', '/api/device-profiles/versions/abc'],
    ] as const) {
      const res = await t.http[method](path).set(admin).send({})
      expect([path, res.status]).toEqual([path, 404])
    }
    const first = (await t.payload.find({ collection: 'device-profiles', limit: 1 })).docs[0]!
    const ok = await t.http.get(`/api/device-profiles/${first.id}`).set(admin)
    expect(ok.status).toBe(200)
    expect((await t.http.get('/api/device-profiles/count')).body.totalDocs).toBeGreaterThan(0)
  })
})

describe('hidden fields cannot be queried', () => {
  it('anonymous callers cannot filter users by email, directly or nested', async () => {
    for (const query of [
      'where[email][equals]=admin@example.org',
      'where[email][like]=admin',
      'where[and][0][or][0][email][contains]=admin',
    ]) {
      const res = await t.http.get(`/api/users?${query}`)
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toBe('The following path cannot be queried: email')
    }
  })

  it('nobody, not even an admin, filters or sorts by hash, salt or reset token', async () => {
    const admin = await t.as('admin')
    for (const [query, path] of [
      ['where[hash][exists]=true', 'hash'],
      ['where[salt][exists]=true', 'salt'],
      ['where[or][0][resetPasswordToken][exists]=false', 'resetPasswordToken'],
      ['sort=hash', 'hash'],
    ] as const) {
      const res = await t.http.get(`/api/users?${query}`).set(admin)
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toBe(`The following path cannot be queried: ${path}`)
    }
  })
})

describe('no answer contains a hash, a salt, a reset token or a secret', () => {
  it('across login, me, lists, select, GraphQL, forgot-password and errors', async () => {
    const forgot = await t.http
      .post('/api/users/forgot-password')
      .send({ email: 'teacher@example.org' })
    expect(forgot.status).toBe(200)
    const raw = await t.payload.find({
      collection: 'users',
      showHiddenFields: true,
      overrideAccess: true,
      limit: 100,
    })
    const secrets = [
      process.env.PAYLOAD_SECRET!,
      ...raw.docs.flatMap((u) => {
        const hidden = u as unknown as { hash: string; salt: string; resetPasswordToken?: string }
        return [hidden.hash, hidden.salt, hidden.resetPasswordToken].filter((v): v is string => !!v)
      }),
    ]
    // 4 users × hash and salt, the teacher's reset token, the secret.
    expect(secrets).toHaveLength(10)

    const admin = await t.as('admin')
    const teacher = await t.as('teacher')
    const answers = [
      forgot,
      await t.http
        .post('/api/users/login')
        .send({ email: 'admin@example.org', password: password('admin') }),
      await t.http.post('/api/users/login').send({ email: 'admin@example.org', password: 'wrong' }),
      await t.http.get('/api/users/me').set(teacher),
      await t.http.get('/api/users?depth=2').set(admin),
      await t.http
        .get('/api/users?select[hash]=true&select[salt]=true&select[resetPasswordToken]=true')
        .set(admin),
      await t.http.get('/api/users/1?depth=1').set(admin),
      await t.http.get('/api/users/access').set(admin),
      await t.http.post('/api/users/refresh-token').set(admin),
      await t.http
        .post('/api/graphql')
        .set(admin)
        .send({ query: '{ Users { docs { email hash salt resetPasswordToken } } }' }),
      await t.http.get('/api/users?where[hash][exists]=true').set(admin),
      await t.http.post('/api/users/reset-password').send({ token: 'guess', password: 'x' }),
      await t.http.get('/api/health'),
    ]
    for (const answer of answers) {
      // supertest keeps the request on its answers, untyped.
      const { path: requested } = (answer as unknown as { req: { path: string } }).req
      expect([requested, answer.status, answer.status < 500 ? '' : answer.text]).toEqual([
        requested,
        answer.status < 500 ? answer.status : 'below 500',
        '',
      ])
      const text = answer.text + JSON.stringify(answer.headers)
      for (const secret of secrets) expect(text).not.toContain(secret)
    }
    const graphql = answers[9]!.body.data.Users.docs as Record<string, unknown>[]
    expect(graphql.map((u) => [u.hash, u.salt, u.resetPasswordToken])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ])
  })
})
