import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initTestApp, type TestApp } from '../helpers/app.js'
import { competenceIds, makeUser, schoolIds } from './support.js'

type User = Awaited<ReturnType<typeof makeUser>>
let t: TestApp
let codes: Map<string, number | string>
let own: User
let other: User
let leader: User
let firstId: number | string

beforeAll(async () => {
  t = await initTestApp()
  codes = await competenceIds(t)
  const [school] = await schoolIds(t)
  own = await makeUser(t, 'own@example.org', { school })
  other = await makeUser(t, 'other@example.org', { school })
  leader = await makeUser(t, 'principal@example.org', { roles: ['leader'], leaderOf: school })
  // A fresh database, seed and logins take minutes on a loaded machine.
}, 400_000)
afterAll(async () => {
  await t?.close()
})

const answers = (entries: [string, string][]) =>
  entries.map(([competence, level]) => ({ competence: codes.get(competence), level }))

const assess = async (user: User, entries: [string, string][], note?: string) => {
  const res = await t.http
    .post('/api/self-assessments?depth=0')
    .set(user.auth)
    .send({ answers: answers(entries), note })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number | string; teacher: number | string }
}

describe('teachers assess themselves', () => {
  it('creates an assessment owned by the caller whatever the body says', async () => {
    const res = await t.http
      .post('/api/self-assessments?depth=0')
      .set(own.auth)
      .send({
        teacher: other.id,
        answers: answers([
          ['3.3', 'A2'],
          ['2.1', 'B1'],
        ]),
        note: 'first',
      })
    expect(res.status).toBe(201)
    expect(res.body.doc.teacher).toBe(own.id)
    expect(res.body.doc.answers.map((a: { level: string }) => a.level)).toEqual(['A2', 'B1'])
    firstId = res.body.doc.id
  })

  it('rejects pupil competences, area headings and a competence rated twice', async () => {
    for (const entries of [
      [['L5', 'B1']],
      [['3', 'B1']],
      [
        ['3.3', 'A2'],
        ['3.3', 'B1'],
      ],
    ] as [string, string][][]) {
      const res = await t.http
        .post('/api/self-assessments')
        .set(own.auth)
        .send({ answers: answers(entries) })
      expect(res.status).toBe(400)
    }
    const bad = await t.http
      .post('/api/self-assessments')
      .set(own.auth)
      .send({ answers: answers([['L5', 'B1']]) })
    expect(bad.body.errors[0].data.errors).toEqual([
      {
        message: 'This is not a teacher competence that can be assessed.',
        path: 'answers.0.competence',
      },
    ])
    const anonymous = await t.http
      .post('/api/self-assessments')
      .send({ answers: answers([['3.3', 'A2']]) })
    expect(anonymous.status).toBe(403)
  })

  it('keeps history: a re-assessment is a new row and the current profile takes the latest answer', async () => {
    await assess(own, [['3.3', 'B1']])
    const list = await t.http.get('/api/self-assessments?depth=0&sort=createdAt').set(own.auth)
    expect(list.body.totalDocs).toBe(2)
    const history = await t.http.get('/api/me/history?locale=en').set(own.auth)
    expect(history.status).toBe(200)
    expect(history.body.current).toEqual([
      { code: '3.3', name: 'Collaborative learning', level: 'B1' },
      { code: '2.1', name: 'Selecting digital resources', level: 'B1' },
    ])
    expect(history.body.assessments.map((a: { answers: unknown }) => a.answers)).toEqual([
      [{ code: '3.3', name: 'Collaborative learning', level: 'B1' }],
      [
        { code: '3.3', name: 'Collaborative learning', level: 'A2' },
        { code: '2.1', name: 'Selecting digital resources', level: 'B1' },
      ],
    ])
  })
})

describe('nobody else reads an assessment', () => {
  const others = () => ({
    'another teacher': other.auth,
    'the school leader': leader.auth,
    expert: t.as('expert'),
    editor: t.as('editor'),
    admin: t.as('admin'),
  })

  it('over REST: lists are empty and the row is refused', async () => {
    const seen: Record<string, number[]> = {}
    for (const [who, auth] of Object.entries(others())) {
      const header = await auth
      const list = await t.http.get('/api/self-assessments').set(header)
      const one = await t.http.get(`/api/self-assessments/${firstId}`).set(header)
      const change = await t.http
        .patch(`/api/self-assessments/${firstId}`)
        .set(header)
        .send({ note: 'x' })
      const gone = await t.http.delete(`/api/self-assessments/${firstId}`).set(header)
      seen[who] = [list.status, list.body.totalDocs, one.status, change.status, gone.status]
    }
    const refused = [200, 0, 404, 403, 403]
    expect(seen).toEqual({
      'another teacher': refused,
      'the school leader': refused,
      expert: refused,
      editor: refused,
      admin: refused,
    })
    expect((await t.http.get('/api/self-assessments')).status).toBe(403)
    const mine = await t.http.get(`/api/self-assessments/${firstId}?depth=0`).set(own.auth)
    expect([mine.status, mine.body.note]).toEqual([200, 'first'])
  })

  it('over GraphQL', async () => {
    const query = `{ SelfAssessments { totalDocs docs { id note } } }`
    for (const [who, auth] of Object.entries(others())) {
      const res = await t.http
        .post('/api/graphql')
        .set(await auth)
        .send({ query })
      expect([who, res.body.data.SelfAssessments]).toEqual([who, { totalDocs: 0, docs: [] }])
    }
    const mine = await t.http.post('/api/graphql').set(own.auth).send({ query })
    expect(mine.body.data.SelfAssessments.totalDocs).toBe(2)
    const byId = await t.http
      .post('/api/graphql')
      .set(await t.as('admin'))
      .send({ query: `{ SelfAssessment(id: ${JSON.stringify(firstId)}) { id note } }` })
    expect(byId.body.data.SelfAssessment).toBeNull()
  })

  it('has no version history anyone could read', async () => {
    for (const path of [
      '/api/self-assessments/versions',
      `/api/self-assessments/versions/${firstId}`,
    ]) {
      const res = await t.http.get(path).set(await t.as('admin'))
      expect(res.status).toBe(404)
      expect(res.body).toEqual({ errors: [{ message: `Route not found "${path}"` }] })
    }
  })
})

describe('school leaders see aggregates only', () => {
  it('suppresses a competence answered by fewer than five teachers and shows it from five', async () => {
    // own: 3.3 B1 (re-assessed from A2), 2.1 B1. Four more teachers of the same school answer 3.3; only two answer 2.1.
    const levels = ['A2', 'B1', 'B2', 'A2']
    for (const [i, level] of levels.entries()) {
      const teacher = await makeUser(t, `colleague${i}@example.org`, {
        school: (await schoolIds(t))[0],
      })
      await assess(
        teacher,
        i < 1
          ? [
              ['3.3', level],
              ['2.1', 'C1'],
            ]
          : [['3.3', level]],
      )
    }
    await assess(other, [['4.1', 'A1']])
    const res = await t.http.get('/api/leader/school?locale=en').set(leader.auth)
    expect(res.status).toBe(200)
    const rows = Object.fromEntries(
      res.body.competenceProfile.map((r: { competence: { code: string } }) => [
        r.competence.code,
        r,
      ]),
    )
    expect(rows['3.3']).toEqual({
      competence: {
        id: String(codes.get('3.3')),
        code: '3.3',
        name: 'Collaborative learning',
        area: '3',
      },
      suppressed: false,
      respondents: 5,
      levels: { A1: 0, A2: 2, B1: 2, B2: 1, C1: 0, C2: 0 },
    })
    expect(rows['2.1']).toEqual({
      competence: {
        id: String(codes.get('2.1')),
        code: '2.1',
        name: 'Selecting digital resources',
        area: '2',
      },
      suppressed: true,
      respondents: null,
      levels: null,
    })
    expect(rows['4.1'].suppressed).toBe(true)
    expect(res.body.competenceProfile).toHaveLength(22)
    // The seeded demo teacher, own, other and the four colleagues; the leader is not counted.
    expect(res.body.teachers).toBe(7)
    expect(res.body.assessed).toBe(6)
    expect(res.body.deviceReadiness).toEqual({
      bands: [
        { gradeBand: '1-2', pupils: 80, ratio: 0.5, needed: 40, available: 30, gap: 10 },
        { gradeBand: '3-6', pupils: 160, ratio: 0.75, needed: 120, available: 90, gap: 30 },
        { gradeBand: '7-9', pupils: 120, ratio: 1, needed: 120, available: 90, gap: 30 },
      ],
      laptops: 210,
      needed: 280,
      gap: 70,
      surplus: 0,
    })
  })

  it('refuses teachers, another school and leaders without a school; admins choose any school', async () => {
    const [, second] = await schoolIds(t)
    expect((await t.http.get('/api/leader/school').set(own.auth)).status).toBe(403)
    expect((await t.http.get(`/api/leader/school?school=${second}`).set(leader.auth)).body).toEqual(
      {
        errors: [{ message: 'Leaders see their own school only.' }],
      },
    )
    const unlinked = await makeUser(t, 'unlinked-leader@example.org', { roles: ['leader'] })
    expect((await t.http.get('/api/leader/school').set(unlinked.auth)).status).toBe(403)
    expect((await t.http.get('/api/leader/school')).status).toBe(401)
    const admin = await t.http.get(`/api/leader/school?school=${second}`).set(await t.as('admin'))
    expect(admin.status).toBe(200)
    expect(admin.body.teachers).toBe(0)
  })

  it('a teacher cannot make themself a leader of a school', async () => {
    const res = await t.http
      .patch(`/api/users/${own.id}`)
      .set(own.auth)
      .send({ roles: ['leader'], leaderOf: (await schoolIds(t))[0] })
    const user = await t.payload.findByID({
      collection: 'users',
      id: own.id,
      depth: 0,
      overrideAccess: true,
    })
    expect([res.status, user.roles, (user as { leaderOf?: unknown }).leaderOf ?? null]).toEqual([
      200,
      ['teacher'],
      null,
    ])
  })
})

describe('teachers export and delete their own assessment data', () => {
  it('exports every assessment of the caller as JSON, nobody else’s', async () => {
    const res = await t.http.get('/api/me/assessment-data?locale=en').set(own.auth)
    expect(res.status).toBe(200)
    expect(res.headers['content-disposition']).toBe('attachment; filename=self-assessments.json')
    expect(res.body.teacher).toEqual({ id: own.id })
    expect(
      res.body.assessments.map((a: { note: string | null; answers: unknown }) => [
        a.note,
        a.answers,
      ]),
    ).toEqual([
      [null, [{ competence: '3.3', name: 'Collaborative learning', level: 'B1' }]],
      [
        'first',
        [
          { competence: '3.3', name: 'Collaborative learning', level: 'A2' },
          { competence: '2.1', name: 'Selecting digital resources', level: 'B1' },
        ],
      ],
    ])
  })

  it('deletes all of the caller’s assessments and leaves others’ alone', async () => {
    const before = await t.payload.count({ collection: 'self-assessments', overrideAccess: true })
    const res = await t.http.delete('/api/me/assessment-data').set(own.auth)
    expect(res.body).toEqual({ deleted: 2 })
    const after = await t.payload.count({ collection: 'self-assessments', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs - 2)
    const mine = await t.http.get('/api/me/assessment-data').set(own.auth)
    expect(mine.body.assessments).toEqual([])
    expect((await t.http.get('/api/self-assessments').set(other.auth)).body.totalDocs).toBe(1)
    expect((await t.http.delete('/api/me/assessment-data')).status).toBe(401)
  })
})
