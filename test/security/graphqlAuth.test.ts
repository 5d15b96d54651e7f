/**
 * GraphQL's auth mutations spend the same per-IP budget of failed attempts as REST's auth routes:
 * AUTH_RATE_LIMIT failures per AUTH_RATE_WINDOW_SECONDS, then 429 with Retry-After.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
beforeAll(async () => {
  process.env.AUTH_RATE_LIMIT = '3'
  process.env.AUTH_RATE_WINDOW_SECONDS = '600'
  t = await initTestApp({ places: false })
})
afterAll(async () => {
  await t.close()
})

const graphql = (query: string, variables?: Record<string, unknown>) =>
  t.http.post('/api/graphql').set('Accept-Language', 'en').send({ query, variables })

const LOGIN = `mutation Login($email: String!, $password: String!) {
  loginUser(email: $email, password: $password) { token user { email } }
}`
const login = (email: string, password: string) => graphql(LOGIN, { email, password })

const TOO_MANY = {
  errors: [{ message: 'Too many sign-in attempts from this address. Try again later.' }],
}

describe('the GraphQL auth rate limit', () => {
  it('lets successful logins through without counting them', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await login('teacher@example.org', 'learning-city-teacher')
      expect(res.status).toBe(200)
      expect(res.body.errors).toBeUndefined()
      expect(res.body.data.loginUser.user).toEqual({ email: 'teacher@example.org' })
      expect(typeof res.body.data.loginUser.token).toBe('string')
    }
  })

  it('refuses two auth mutations in one request, before any password is checked', async () => {
    const res = await graphql(`
      mutation {
        a: loginUser(email: "nobody-a@example.org", password: "guess-1") {
          token
        }
        b: loginUser(email: "nobody-b@example.org", password: "guess-2") {
          token
        }
      }
    `)
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      errors: [{ message: 'Send one sign-in or password operation per request.' }],
    })
  })

  it('answers 429 with Retry-After once an address spends its failed attempts', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) {
      const res = await login(`nobody${i}@example.org`, 'wrong-password')
      statuses.push(res.status)
      expect(res.body.data).toEqual({ loginUser: null })
      expect(
        res.body.errors.map((e: { message: string; path: string[] }) => [e.message, e.path]),
      ).toEqual([['The email or password provided is incorrect.', ['loginUser']]])
    }
    expect(statuses).toEqual([200, 200, 200])

    const limited = await login('nobody3@example.org', 'wrong-password')
    expect(limited.status).toBe(429)
    // Each refused sign-in costs a full password hash now, so on a busy machine the three before
    // this one take several seconds of the 600 s window.
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(540)
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(600)
    expect(limited.body).toEqual(TOO_MANY)
    // The right password does not help once the address is over its budget.
    expect((await login('teacher@example.org', 'learning-city-teacher')).status).toBe(429)
  })

  it('covers forgotPassword, resetPassword and unlock, also through fragments', async () => {
    const forgot = await graphql('mutation { forgotPasswordUser(email: "teacher@example.org") }')
    expect(forgot.status).toBe(429)
    expect(forgot.body).toEqual(TOO_MANY)
    const reset = await graphql(
      'mutation { resetPasswordUser(token: "not-a-token", password: "new-password-123") { token } }',
    )
    expect(reset.status).toBe(429)
    const unlock = await graphql('mutation { unlockUser(email: "teacher@example.org") }')
    expect(unlock.status).toBe(429)
    const fragment = await graphql(`
      mutation {
        ...SignIn
      }
      fragment SignIn on Mutation {
        loginUser(email: "teacher@example.org", password: "x") {
          token
        }
      }
    `)
    expect(fragment.status).toBe(429)
    const chosen = await t.http.post('/api/graphql').send({
      query: `query Other { PedagogicalModels(limit: 1) { totalDocs } }
        mutation SignIn { loginUser(email: "teacher@example.org", password: "x") { token } }`,
      operationName: 'SignIn',
    })
    expect(chosen.status).toBe(429)
  })

  it('leaves other GraphQL operations alone', async () => {
    const read = await graphql('{ PedagogicalModels(limit: 1) { totalDocs } }')
    expect(read.status).toBe(200)
    expect(read.body.errors).toBeUndefined()
    expect(read.body.data.PedagogicalModels.totalDocs).toBeGreaterThan(0)
    const other = await graphql(`
      query Other {
        PedagogicalModels(limit: 1) {
          totalDocs
        }
      }
      mutation SignIn {
        loginUser(email: "teacher@example.org", password: "x") {
          token
        }
      }
    `)
    // Two operations and no operationName: nothing runs, so nothing counts; GraphQL says why,
    // with a 400 like every request that never ran (src/server/graphql.ts).
    expect(other.status).toBe(400)
    expect(other.body).toEqual({ errors: [{ message: 'Unable to detect operation AST' }] })
  })
})
