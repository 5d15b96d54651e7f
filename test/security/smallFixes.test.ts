import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_USERS } from '../../src/seed/examples.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
beforeAll(async () => {
  t = await initTestApp()
})
afterAll(async () => {
  await t.close()
})

describe('/api/health', () => {
  it('carries the same security headers as every other answer', async () => {
    const res = await t.http.get('/api/health')
    expect(res.status).toBe(200)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  })
})

const teacher = DEMO_USERS.find((u) => u.roles[0] === 'teacher')!
const signInFrom = (origin: string) =>
  t.http
    .post('/api/users/login')
    .set('Origin', origin)
    .send({ email: teacher.email, password: teacher.password })

describe('the configured server answers to localhost and 127.0.0.1 alike', () => {
  // SERVER_URL is unset in tests, so the configured server is http://localhost:3000.
  for (const origin of ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000']) {
    it(`a sign-in from ${origin} is let through`, async () => {
      const res = await signInFrom(origin)
      expect(res.status).toBe(200)
      expect(res.headers['set-cookie']?.[0]).toMatch(/^payload-token=/)
    })
  }

  it('another port on 127.0.0.1 is still another origin', async () => {
    const res = await signInFrom('http://127.0.0.1:4000')
    expect(res.status).toBe(403)
  })
})
