import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemoCredential } from '../../src/seed/demoCredential.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
beforeAll(async () => {
  t = await initTestApp({ demoCredential: true })
}, 300_000)
afterAll(async () => {
  await t?.close()
})

describe('the development seed', () => {
  it('gives the demo teacher one completed training with a credential that verifies', async () => {
    const auth = await t.as('teacher')
    const list = await t.http.get('/api/me/credentials').set(auth)
    expect(list.body.credentials.map((c: { name: string }) => c.name)).toEqual([
      'Digitaalinen arviointi käytännössä',
    ])
    const document = JSON.parse(
      (await t.http.get(list.body.credentials[0].downloads.json).set(auth)).text,
    )
    const res = await t.http.post('/api/credentials/verify').send(document)
    expect([res.status, res.body.verified]).toEqual([200, true])
    const history = await t.http.get('/api/me/history').set(auth)
    expect(history.status).toBe(200)
  })

  it('runs again without a second training or credential', async () => {
    const id = async (email: string) =>
      (await t.payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]!
        .id
    const again = await seedDemoCredential(t.payload, {
      expert: await id('expert@example.org'),
      teacher: await id('teacher@example.org'),
      competences: [],
    })
    expect(again).toBe(false)
    expect((await t.payload.count({ collection: 'credentials' })).totalDocs).toBe(1)
    expect(
      (
        await t.payload.count({
          collection: 'trainings',
          where: { slug: { equals: 'digitaalinen-arviointi-kaytannossa' } },
        })
      ).totalDocs,
    ).toBe(1)
  })
})
