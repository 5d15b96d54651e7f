import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { languageFromAcceptLanguage } from '../../src/i18n/languageCookie.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

const PASSWORD = 'a-long-enough-password-1234'

/** The language cookie a response sets, or undefined. */
const languageCookieOf = (res: { headers: Record<string, unknown> }): string | undefined => {
  const cookies = (res.headers['set-cookie'] as string[] | undefined) ?? []
  return cookies.find((c) => c.startsWith('payload-lng='))
}

const cookieFor = (language: string) =>
  `payload-lng=${language}; Max-Age=31536000; Path=/; SameSite=Lax`

describe('admin language', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await initTestApp()
  })
  afterAll(async () => {
    await t?.close()
  })

  const createUser = async (email: string, language?: 'fi' | 'sv' | 'en') =>
    t.payload.create({
      collection: 'users',
      data: {
        email,
        password: PASSWORD,
        name: email,
        roles: ['expert'],
        ...(language && { language }),
      },
    })
  const login = (email: string) =>
    t.http.post('/api/users/login').send({ email, password: PASSWORD })

  describe('a new user', () => {
    it('has Finnish as their language', async () => {
      const user = await createUser('uusi@example.org')
      expect(user.language).toBe('fi')
    })

    it('gets the admin in Finnish on login', async () => {
      const res = await login('uusi@example.org')
      expect(res.status).toBe(200)
      expect(languageCookieOf(res)).toBe(cookieFor('fi'))
      // Payload's own session cookie is still there next to it.
      expect(
        (res.headers['set-cookie'] as unknown as string[]).some((c) =>
          c.startsWith('payload-token='),
        ),
      ).toBe(true)
    })
  })

  describe("the admin follows the user's choice", () => {
    it('logs a Swedish-speaking user in to the Swedish admin', async () => {
      await createUser('svensk@example.org', 'sv')
      const res = await login('svensk@example.org')
      expect(res.status).toBe(200)
      expect(languageCookieOf(res)).toBe(cookieFor('sv'))
    })

    it('switches when users change their own language', async () => {
      const res = await login('svensk@example.org')
      const { id } = res.body.user as { id: number | string }
      const auth = { Authorization: `JWT ${res.body.token as string}` }
      const changed = await t.http.patch(`/api/users/${id}`).set(auth).send({ language: 'en' })
      expect(changed.status).toBe(200)
      expect(changed.body.doc.language).toBe('en')
      expect(languageCookieOf(changed)).toBe(cookieFor('en'))

      const renamed = await t.http.patch(`/api/users/${id}`).set(auth).send({ name: 'Svensk' })
      expect(renamed.status).toBe(200)
      expect(languageCookieOf(renamed)).toBeUndefined()
    })

    it("leaves an admin's own language alone when they change someone else's", async () => {
      const other = await createUser('toinen@example.org')
      const res = await t.http
        .patch(`/api/users/${other.id}`)
        .set(await t.as('admin'))
        .send({ language: 'sv' })
      expect(res.status).toBe(200)
      expect(res.body.doc.language).toBe('sv')
      expect(languageCookieOf(res)).toBeUndefined()
    })

    it('refuses a language the admin does not have', async () => {
      const res = await login('toinen@example.org')
      const auth = { Authorization: `JWT ${res.body.token as string}` }
      const bad = await t.http
        .patch(`/api/users/${res.body.user.id}`)
        .set(auth)
        .send({ language: 'de' })
      expect(bad.status).toBe(400)
      expect(languageCookieOf(bad)).toBeUndefined()
    })
  })

  describe('before any login, the language comes from the browser with Finnish understood', () => {
    // A missing document answers with Payload's translated "Not Found".
    const notFound = (headers: Record<string, string>) =>
      t.http.get('/api/schools/999999').set(headers)

    it('is Finnish without cookie or browser languages', async () => {
      const res = await notFound({})
      expect(res.status).toBe(404)
      expect(res.body).toEqual({ errors: [{ message: 'Ei löytynyt' }] })
    })

    it('is Finnish for a Finnish browser that also lists English', async () => {
      const res = await notFound({ 'Accept-Language': 'fi-FI,fi;q=0.9,en-US;q=0.8,en;q=0.7' })
      expect(res.body).toEqual({ errors: [{ message: 'Ei löytynyt' }] })
    })

    it('is Swedish and English for browsers that prefer them', async () => {
      const sv = await notFound({ 'Accept-Language': 'sv-FI,sv;q=0.9,fi;q=0.8' })
      expect(sv.body).toEqual({ errors: [{ message: 'Hittades inte' }] })
      const en = await notFound({ 'Accept-Language': 'en-GB,en;q=0.9' })
      expect(en.body).toEqual({ errors: [{ message: 'Not Found' }] })
    })

    it('gives way to the language cookie', async () => {
      const res = await notFound({
        'Accept-Language': 'fi-FI,fi;q=0.9',
        Cookie: 'other=1; payload-lng=sv',
      })
      expect(res.body).toEqual({ errors: [{ message: 'Hittades inte' }] })
    })
  })
})

describe('languageFromAcceptLanguage', () => {
  it('takes the first of fi, sv, en by quality, then by order', () => {
    expect(languageFromAcceptLanguage('en;q=0.5, sv;q=0.8')).toBe('sv')
    expect(languageFromAcceptLanguage('fi-FI, en')).toBe('fi')
    expect(languageFromAcceptLanguage('de-DE,de;q=0.9,en;q=0.8')).toBe('en')
  })

  it('falls back to Finnish for none of ours, refused ones and garbage', () => {
    expect(languageFromAcceptLanguage(undefined)).toBe('fi')
    expect(languageFromAcceptLanguage('de-DE,de;q=0.9')).toBe('fi')
    expect(languageFromAcceptLanguage('en;q=0, *')).toBe('fi')
    expect(languageFromAcceptLanguage(';;,q=x')).toBe('fi')
  })
})
