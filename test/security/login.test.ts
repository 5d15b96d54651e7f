import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
let passwordChecks = 0
const pbkdf2 = crypto.pbkdf2

beforeAll(async () => {
  // This file measures the per-account lockout, so the per-IP limit must not step in first.
  process.env.AUTH_RATE_LIMIT = '1000'
  t = await initTestApp()
  // Payload checks passwords with crypto.pbkdf2; counting its calls counts password checks.
  crypto.pbkdf2 = ((...args: Parameters<typeof pbkdf2>) => {
    passwordChecks++
    return pbkdf2(...args)
  }) as typeof pbkdf2
})
afterAll(async () => {
  crypto.pbkdf2 = pbkdf2
  await t.close()
})

const createUser = async (email: string) =>
  t.payload.create({
    collection: 'users',
    data: { email, password: 'the-right-password-1', name: 'Lockout Test', roles: ['teacher'] },
    overrideAccess: true,
  })

const login = (email: string, password: string) =>
  t.http.post('/api/users/login').send({ email, password })

const lockUntil = async (email: string): Promise<number> => {
  const { docs } = await t.payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    showHiddenFields: true,
    overrideAccess: true,
  })
  const until = (docs[0] as { lockUntil?: string | null }).lockUntil
  return until ? Date.parse(until) : 0
}

/** Runs `total` tasks with at most `concurrency` in flight. */
const pool = async <T>(
  total: number,
  concurrency: number,
  task: () => Promise<T>,
): Promise<T[]> => {
  const results: T[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++
        results.push(await task())
      }
    }),
  )
  return results
}

describe('password guessing on one account', () => {
  it('50 parallel wrong passwords lock it, with at most 5 + 50 password checks', async () => {
    await createUser('target-a@example.org')
    passwordChecks = 0
    const results = await Promise.all(
      Array.from({ length: 50 }, () => login('target-a@example.org', 'guess')),
    )
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(401))
    expect(passwordChecks).toBeLessThanOrEqual(5 + 50)
    expect(await lockUntil('target-a@example.org')).toBeGreaterThan(Date.now())

    passwordChecks = 0
    const right = await login('target-a@example.org', 'the-right-password-1')
    expect(right.status).toBe(401)
    expect(right.body.token).toBeUndefined()
    // A locked account is refused before its password is even checked.
    expect(passwordChecks).toBe(0)
  })

  it('50 wrong passwords, 10 in flight: at most 5 + 10 password checks', async () => {
    await createUser('target-b@example.org')
    passwordChecks = 0
    const results = await pool(50, 10, () => login('target-b@example.org', 'guess'))
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(401))
    expect(passwordChecks).toBeLessThanOrEqual(5 + 10)
    expect(await lockUntil('target-b@example.org')).toBeGreaterThan(Date.now())
    expect((await login('target-b@example.org', 'the-right-password-1')).status).toBe(401)
  })

  it('the other accounts keep working', async () => {
    await createUser('bystander@example.org')
    const res = await login('bystander@example.org', 'the-right-password-1')
    expect(res.status).toBe(200)
    expect(typeof res.body.token).toBe('string')
  })
})
