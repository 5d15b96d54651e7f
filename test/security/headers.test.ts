import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initTestApp, type TestApp } from '../helpers/app.js'

const PARTNER = 'https://partner.example.org'
const STRANGER = 'https://evil.example.net'

let t: TestApp
beforeAll(async () => {
  process.env.ALLOWED_ORIGINS = PARTNER
  process.env.AUTH_RATE_LIMIT = '5'
  process.env.AUTH_RATE_WINDOW_SECONDS = '600'
  t = await initTestApp()
})
afterAll(async () => {
  await t.close()
})

describe('security headers', () => {
  it('send a CSP for the admin and the portal, nosniff, a referrer policy and frame-ancestors', async () => {
    for (const path of ['/api/pedagogical-models', '/admin', '/']) {
      const res = await t.http.get(path)
      expect(res.headers['content-security-policy']).toBe(
        "default-src 'self';script-src 'self' 'unsafe-inline';style-src 'self' 'unsafe-inline';" +
          "img-src 'self' data: blob: https://tile.openstreetmap.org;font-src 'self' data:;" +
          "connect-src 'self';worker-src 'self' blob:;media-src 'self' blob:;object-src 'none';" +
          "base-uri 'self';form-action 'self';frame-ancestors 'self'",
      )
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN')
      expect(res.headers['x-powered-by']).toBeUndefined()
    }
  })

  it('sandbox uploaded files', async () => {
    const res = await t.http.get('/api/media/file/nothing.png')
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none'; img-src 'self'; sandbox",
    )
  })
})

describe('CORS and CSRF', () => {
  it('answer a preflight from a configured origin with credentials allowed', async () => {
    const res = await t.http
      .options('/api/pedagogical-models')
      .set('Origin', PARTNER)
      .set('Access-Control-Request-Method', 'POST')
    expect(res.status).toBe(204)
    expect(res.headers['access-control-allow-origin']).toBe(PARTNER)
    expect(res.headers['access-control-allow-credentials']).toBe('true')
  })

  it('refuse a preflight from any other origin', async () => {
    const res = await t.http
      .options('/api/pedagogical-models')
      .set('Origin', STRANGER)
      .set('Access-Control-Request-Method', 'POST')
    expect(res.status).toBe(403)
    expect(res.headers['access-control-allow-origin']).toBeUndefined()
    expect(res.body).toEqual({ errors: [{ message: `Origin ${STRANGER} is not allowed.` }] })
  })

  it('give a simple cross-origin read no CORS grant for a stranger, and one for the partner', async () => {
    const stranger = await t.http.get('/api/pedagogical-models?limit=1').set('Origin', STRANGER)
    expect(stranger.status).toBe(200)
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined()
    const partner = await t.http.get('/api/pedagogical-models?limit=1').set('Origin', PARTNER)
    expect(partner.headers['access-control-allow-origin']).toBe(PARTNER)
  })

  it('refuse a cross-site write carrying the session cookie, and change nothing', async () => {
    const login = await t.http
      .post('/api/users/login')
      .send({ email: 'editor@example.org', password: 'learning-city-editor' })
    const cookie = login.headers['set-cookie']
    const before = await t.http.get('/api/device-profiles?limit=0')
    const res = await t.http
      .post('/api/device-profiles')
      .set('Origin', STRANGER)
      .set('Cookie', cookie)
      .send({ name: 'Forged' })
    expect(res.status).toBe(403)
    // The login also set `payload-lng=fi` (the admin's default language), so the refusal is Finnish.
    expect(res.body).toEqual({
      errors: [
        {
          message: `Sivustojen välinen pyyntö torjuttu: alkuperä ${STRANGER} ei ole sallittu.`,
        },
      ],
    })
    const viaReferer = await t.http
      .delete('/api/device-profiles/1')
      .set('Referer', `${STRANGER}/page`)
      .set('Cookie', cookie)
    expect(viaReferer.status).toBe(403)
    const after = await t.http.get('/api/device-profiles?limit=0')
    expect(after.body.totalDocs).toBe(before.body.totalDocs)
  })

  it('let the same origin write with its cookie', async () => {
    const login = await t.http
      .post('/api/users/login')
      .send({ email: 'editor@example.org', password: 'learning-city-editor' })
    const res = await t.http
      .post('/api/users/logout')
      .set('Origin', 'http://localhost:3000')
      .set('Host', 'localhost:3000')
      .set('Cookie', login.headers['set-cookie'])
    expect(res.status).toBe(200)
  })
})

describe('auth cookies', () => {
  it('are HttpOnly and SameSite=Lax, and not Secure outside production', async () => {
    const res = await t.http
      .post('/api/users/login')
      .send({ email: 'teacher@example.org', password: 'learning-city-teacher' })
    expect(res.status).toBe(200)
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) =>
      c.startsWith('payload-token='),
    )!
    expect(cookie).toMatch(/; HttpOnly=true/)
    expect(cookie).toMatch(/; SameSite=Lax/)
    expect(cookie).not.toMatch(/Secure/)
    expect(t.payload.collections.users.config.auth.cookies).toEqual({
      domain: undefined,
      sameSite: 'Lax',
      secure: false,
    })
  })
})

describe('the auth rate limit', () => {
  it('answers 429 with Retry-After once an address spends its failed attempts', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      const res = await t.http
        .post('/api/users/login')
        .send({ email: `nobody${i}@example.org`, password: 'wrong-password' })
      statuses.push(res.status)
      if (res.status === 429) {
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(590)
        expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(600)
        expect(res.body).toEqual({
          errors: [{ message: 'Too many sign-in attempts from this address. Try again later.' }],
        })
      }
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
    const reset = await t.http.post('/api/users/forgot-password').send({ email: 'a@example.org' })
    expect(reset.status).toBe(429)
    // Reading is not limited.
    expect((await t.http.get('/api/pedagogical-models?limit=1')).status).toBe(200)
  })
})
