import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initTestApp, type TestApp } from '../helpers/app.js'
import { adapterName } from '../helpers/database.js'

let t: TestApp
beforeAll(async () => {
  t = await initTestApp()
})
afterAll(async () => {
  await t.close()
})

describe('the server', () => {
  it('answers /api/health with the adapter name and version', async () => {
    const res = await t.http.get('/api/health')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      status: 'ok',
      db: adapterName(),
      version: '0.1.0',
    })
  })

  it('answers unknown routes with a JSON 404', async () => {
    const api = await t.http.get('/api/no-such-thing')
    expect(api.status).toBe(404)
    expect(api.body).toEqual({ errors: [{ message: 'Route not found "/api/no-such-thing"' }] })
    const other = await t.http.get('/no-such-page.php')
    expect(other.status).toBe(404)
    expect(other.body).toEqual({ errors: [{ message: 'No route for GET /no-such-page.php.' }] })
  })

  it('rejects malformed JSON with a 400 and keeps the data as it was', async () => {
    const before = await t.http.get('/api/device-profiles?limit=0')
    const res = await t.http
      .post('/api/device-profiles')
      .set(await t.as('editor'))
      .set('content-type', 'application/json')
      .send('{"name": "half')
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ errors: [{ message: 'Invalid JSON' }] })
    const after = await t.http.get('/api/device-profiles?limit=0')
    expect(after.body.totalDocs).toBe(before.body.totalDocs)
  })
})
