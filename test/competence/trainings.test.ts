import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initTestApp, type TestApp } from '../helpers/app.js'
import { competenceIds, makeTraining, makeUser, userId } from './support.js'

type User = Awaited<ReturnType<typeof makeUser>>
type Row = { id: number; teacher: number; status: string; seat: number | null; queuedAt: string }

let t: TestApp
let teachers: User[]
let expert: number | string
let training: number | string

const SESSIONS = [
  { start: '2027-02-01T12:00:00.000Z', end: '2027-02-01T14:00:00.000Z' },
  { start: '2027-02-08T12:00:00.000Z', end: '2027-02-08T14:30:00.000Z' },
]

beforeAll(async () => {
  t = await initTestApp()
  const codes = await competenceIds(t)
  expert = await userId(t, 'expert@example.org')
  teachers = await Promise.all(
    Array.from({ length: 20 }, (_, i) => makeUser(t, `t${i}@example.org`)),
  )
  training = await makeTraining(t, {
    title: 'Collaborative learning with shared documents',
    description: 'Two afternoons on planning group work with shared documents.',
    competenceAreas: [codes.get('3.3')],
    targetLevel: 'B1',
    trainers: [expert],
    sessions: SESSIONS,
    capacity: 10,
    registrationDeadline: '2027-01-25T20:00:00.000Z',
  })
  // Twenty users with hashed passwords take a while on a loaded machine.
}, 400_000)
afterAll(async () => {
  await t?.close()
})

const rows = async (): Promise<Row[]> =>
  (
    await t.payload.find({
      collection: 'training-registrations',
      where: { training: { equals: training } },
      depth: 0,
      pagination: false,
      limit: 0,
      sort: 'id',
    })
  ).docs as unknown as Row[]

const byStatus = (all: Row[], status: string) => all.filter((r) => r.status === status)

describe('registration under concurrency', () => {
  it('20 parallel registrations for 10 seats give exactly 10 confirmed and 10 waitlisted', async () => {
    const responses = await Promise.all(
      teachers.map((teacher) =>
        t.http.post('/api/me/registrations').set(teacher.auth).send({ training }),
      ),
    )
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201))
    const statuses = responses.map((r) => r.body.status).sort()
    expect(statuses).toEqual([...Array(10).fill('confirmed'), ...Array(10).fill('waitlisted')])
    // Each position is that request's view at its moment; the promotion test checks the order.
    expect(
      responses
        .filter((r) => r.body.status === 'waitlisted')
        .every((r) => r.body.waitlistPosition >= 1),
    ).toBe(true)
    const all = await rows()
    expect(all).toHaveLength(20)
    expect(
      byStatus(all, 'confirmed')
        .map((r) => r.seat)
        .sort((a, b) => a! - b!),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(byStatus(all, 'waitlisted').map((r) => r.seat)).toEqual(Array(10).fill(null))
  })

  it('refuses a second registration, a closed or unpublished training and bad input', async () => {
    const again = await t.http
      .post('/api/me/registrations')
      .set(teachers[0]!.auth)
      .send({ training })
    expect([again.status, again.body]).toEqual([
      409,
      { errors: [{ message: 'You are already registered for this training.', field: 'training' }] },
    ])
    const closed = await makeTraining(t, {
      title: 'Closed',
      registrationDeadline: '2020-01-01T00:00:00.000Z',
    })
    const late = await t.http
      .post('/api/me/registrations')
      .set(teachers[0]!.auth)
      .send({ training: closed })
    expect([late.status, late.body]).toEqual([
      409,
      { errors: [{ message: 'Registration for this training has closed.' }] },
    ])
    const draft = await makeTraining(t, { title: 'Draft', _status: 'draft' })
    const hidden = await t.http
      .post('/api/me/registrations')
      .set(teachers[0]!.auth)
      .send({ training: draft })
    expect([hidden.status, hidden.body]).toEqual([
      404,
      { errors: [{ message: 'No such training.' }] },
    ])
    const bad = await t.http
      .post('/api/me/registrations')
      .set(teachers[0]!.auth)
      .send({ training: 'x' })
    expect([bad.status, bad.body]).toEqual([
      400,
      { errors: [{ message: 'Expected a training id.', field: 'training' }] },
    ])
    const anonymous = await t.http.post('/api/me/registrations').send({ training })
    expect([anonymous.status, anonymous.body]).toEqual([
      401,
      { errors: [{ message: 'You must be logged in.' }] },
    ])
    const rest = await t.http
      .post('/api/training-registrations')
      .set(teachers[0]!.auth)
      .send({ training, teacher: teachers[0]!.id, status: 'confirmed', seat: 11 })
    expect(rest.status).toBe(403)
  })

  it('a cancellation promotes the first on the waitlist to the freed seat', async () => {
    const before = await rows()
    const leaving = byStatus(before, 'confirmed').find((r) => r.seat === 4)!
    const next = byStatus(before, 'waitlisted').sort(
      (a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.id - b.id,
    )[0]!
    const teacher = teachers.find((u) => u.id === leaving.teacher)!
    const res = await t.http.delete(`/api/me/registrations/${training}`).set(teacher.auth)
    expect(res.body).toEqual({ id: leaving.id, status: 'cancelled' })
    const after = await rows()
    expect(after.find((r) => r.id === next.id)).toMatchObject({ status: 'confirmed', seat: 4 })
    expect(after.find((r) => r.id === leaving.id)).toMatchObject({
      status: 'cancelled',
      seat: null,
    })
    expect([byStatus(after, 'confirmed').length, byStatus(after, 'waitlisted').length]).toEqual([
      10, 9,
    ])
    const twice = await t.http.delete(`/api/me/registrations/${training}`).set(teacher.auth)
    expect([twice.status, twice.body]).toEqual([
      404,
      { errors: [{ message: 'You have no registration for this training.' }] },
    ])
    // Coming back puts the teacher at the end of the line.
    const back = await t.http.post('/api/me/registrations').set(teacher.auth).send({ training })
    expect([back.status, back.body.status, back.body.waitlistPosition]).toEqual([
      201,
      'waitlisted',
      10,
    ])
  })

  it('a waitlisted cancellation promotes nobody', async () => {
    const before = await rows()
    const waiting = byStatus(before, 'waitlisted')[0]!
    const teacher = teachers.find((u) => u.id === waiting.teacher)!
    await t.http.delete(`/api/me/registrations/${training}`).set(teacher.auth).expect(200)
    const after = await rows()
    expect(
      byStatus(after, 'confirmed')
        .map((r) => r.id)
        .sort(),
    ).toEqual(
      byStatus(before, 'confirmed')
        .map((r) => r.id)
        .sort(),
    )
  })
})

describe('trainers and attendance', () => {
  it('teachers read only their own registrations over REST', async () => {
    const res = await t.http.get('/api/training-registrations?depth=0').set(teachers[5]!.auth)
    expect(res.body.docs.map((d: Row) => d.teacher)).toEqual([teachers[5]!.id])
  })

  it('trainers see their participants by name; others do not', async () => {
    const res = await t.http
      .get(`/api/trainings/${training}/participants`)
      .set(await t.as('expert'))
    expect(res.status).toBe(200)
    const confirmed = res.body.participants.filter(
      (p: { status: string }) => p.status === 'confirmed',
    )
    expect(confirmed.map((p: { seat: number }) => p.seat)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(res.body.participants).toHaveLength(20)
    expect(res.body.participants[0].name).toMatch(/^t\d+$/)
    const teacher = await t.http
      .get(`/api/trainings/${training}/participants`)
      .set(teachers[0]!.auth)
    expect([teacher.status, teacher.body]).toEqual([
      403,
      { errors: [{ message: "Only this training's trainers see its participants." }] },
    ])
    const rest = await t.http
      .get(`/api/training-registrations?limit=100&depth=0`)
      .set(await t.as('expert'))
    expect(rest.body.totalDocs).toBe(20)
  })

  it('trainers mark attendance, nothing else, and it shows in the teacher’s history', async () => {
    const row = byStatus(await rows(), 'confirmed').find((r) => r.seat === 1)!
    const teacher = teachers.find((u) => u.id === row.teacher)!
    const mark = await t.http
      .patch(`/api/training-registrations/${row.id}?depth=0`)
      .set(await t.as('expert'))
      .send({ attended: true, status: 'cancelled', seat: 99 })
    expect(mark.status).toBe(200)
    expect(mark.body.doc).toMatchObject({ attended: true, status: 'confirmed', seat: 1 })
    const self = await t.http
      .patch(`/api/training-registrations/${row.id}`)
      .set(teacher.auth)
      .send({ attended: false })
    expect(self.status).toBe(403)
    const history = await t.http.get('/api/me/history?locale=en').set(teacher.auth)
    expect(history.body.trainings).toEqual([
      {
        registration: row.id,
        training: { id: training, title: 'Collaborative learning with shared documents' },
        status: 'confirmed',
        attended: true,
        registeredAt: row.queuedAt,
      },
    ])
  })
})

describe('iCalendar feeds', () => {
  const parse = (text: string) =>
    new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .map((e) => ({
        uid: e.uid,
        summary: e.summary,
        start: e.startDate.toJSDate().toISOString(),
        end: e.endDate.toJSDate().toISOString(),
        location: e.location,
      }))

  const expected = () =>
    SESSIONS.map((s, i) => ({
      uid: `training-${training}-session-${i + 1}@learning-city`,
      summary: 'Collaborative learning with shared documents',
      start: s.start,
      end: s.end,
      location: 'https://meet.example.org/training',
    }))

  it('serves one training as a calendar that ical.js parses', async () => {
    const res = await t.http.get(`/api/calendar/trainings/${training}.ics?locale=en`)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8')
    expect(parse(res.text)).toEqual(expected())
    expect((await t.http.get('/api/calendar/trainings/999999.ics')).status).toBe(404)
  })

  it('filters all trainings by competence area', async () => {
    const area = await t.http.get('/api/calendar/trainings.ics?competence=3&locale=en')
    expect(parse(area.text)).toEqual(expected())
    const other = await t.http.get('/api/calendar/trainings.ics?competence=4.1&locale=en')
    expect(parse(other.text)).toEqual([])
    const bad = await t.http.get('/api/calendar/trainings.ics?competence=%3Cscript%3E')
    expect(bad.status).toBe(400)
  })

  it("serves a teacher's own registrations, by token and by private link", async () => {
    const row = byStatus(await rows(), 'confirmed')[0]!
    const teacher = teachers.find((u) => u.id === row.teacher)!
    const own = await t.http.get('/api/calendar/me.ics?locale=en').set(teacher.auth)
    expect(parse(own.text)).toEqual(expected())
    const link = await t.http.get('/api/me/calendar-link').set(teacher.auth)
    expect(link.body.path).toMatch(
      new RegExp(`^/api/calendar/teachers/${teacher.id}/[A-Za-z0-9_-]{32}\\.ics$`),
    )
    const byLink = await t.http.get(`${link.body.path}?locale=en`)
    expect(parse(byLink.text)).toEqual(expected())
    const forged = link.body.path.replace(/\/[^/]+\.ics$/, '/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics')
    expect((await t.http.get(forged)).status).toBe(404)
    const stranger = await makeUser(t, 'stranger@example.org')
    const none = await t.http.get('/api/calendar/me.ics').set(stranger.auth)
    expect(parse(none.text)).toEqual([])
  })
})
