import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { STAND_IN_SALT } from '../../src/auth/loginAttempts.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
let passwordChecks = 0
/** Iterations and key length of every pbkdf2 call, real password checks and stand-ins alike. */
let hashWork: string[] = []
const pbkdf2 = crypto.pbkdf2

beforeAll(async () => {
  // This file measures the per-account lockout, so the per-IP limit must not step in first.
  process.env.AUTH_RATE_LIMIT = '1000'
  t = await initTestApp()
  // Payload checks passwords with crypto.pbkdf2; counting its calls counts password checks.
  crypto.pbkdf2 = ((...args: Parameters<typeof pbkdf2>) => {
    hashWork.push(`${args[2]}/${args[3]}`)
    // The stand-in hash that refusals run (same cost, never the account's salt) is no check.
    if (args[1] !== STAND_IN_SALT) passwordChecks++
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
  it('50 parallel wrong passwords lock it, with at most 5 password checks', async () => {
    await createUser('target-a@example.org')
    passwordChecks = 0
    const results = await Promise.all(
      Array.from({ length: 50 }, () => login('target-a@example.org', 'guess')),
    )
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(401))
    expect(passwordChecks).toBeLessThanOrEqual(5)
    expect(await lockUntil('target-a@example.org')).toBeGreaterThan(Date.now())

    passwordChecks = 0
    const right = await login('target-a@example.org', 'the-right-password-1')
    expect(right.status).toBe(401)
    expect(right.body.token).toBeUndefined()
    // A locked account is refused before its password is even checked.
    expect(passwordChecks).toBe(0)
  })

  it('50 wrong passwords, 10 in flight: at most 5 password checks', async () => {
    await createUser('target-b@example.org')
    passwordChecks = 0
    const results = await pool(50, 10, () => login('target-b@example.org', 'guess'))
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(401))
    expect(passwordChecks).toBeLessThanOrEqual(5)
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

/** What every refused sign-in answers: wrong password, unknown email and locked alike. */
const REFUSED = { errors: [{ message: 'Sähköpostiosoite tai salasana on väärin.' }] }

describe('parallel guessing with the right password among the guesses', () => {
  const guessWithTheRightOne = async (email: string) => {
    passwordChecks = 0
    const results = await Promise.all([
      ...Array.from({ length: 50 }, () => login(email, 'guess')),
      login(email, 'the-right-password-1'),
    ])
    expect(results.map((r) => r.status)).toEqual(Array(51).fill(401))
    expect(results.every((r) => r.body.token === undefined)).toBe(true)
    expect(results.map((r) => r.body)).toEqual(Array(51).fill(REFUSED))
    // Only the attempts counted before the lock check a password: 5, plus the right one twice
    // (the gate's check and Payload's own) when it was among them.
    expect(passwordChecks).toBeLessThanOrEqual(5 + 2)
    expect(await lockUntil(email)).toBeGreaterThan(Date.now())
    const right = await login(email, 'the-right-password-1')
    expect(right.status).toBe(401)
    expect(right.body).toEqual(REFUSED)
  }

  it('locks an account that has never signed in, and refuses the right password', async () => {
    await createUser('fresh@example.org')
    await guessWithTheRightOne('fresh@example.org')
  })

  it('locks an account with a live session too (its stale write used to clear the lock)', async () => {
    await createUser('in-session@example.org')
    const first = await login('in-session@example.org', 'the-right-password-1')
    expect(first.status).toBe(200)
    await guessWithTheRightOne('in-session@example.org')
  })

  it('locks after exactly 5 sequential failures on an account with a session', async () => {
    await createUser('sequential@example.org')
    expect((await login('sequential@example.org', 'the-right-password-1')).status).toBe(200)
    for (let i = 0; i < 4; i++) await login('sequential@example.org', 'guess')
    expect(await lockUntil('sequential@example.org')).toBe(0)
    await login('sequential@example.org', 'guess')
    expect(await lockUntil('sequential@example.org')).toBeGreaterThan(Date.now())
    expect((await login('sequential@example.org', 'the-right-password-1')).status).toBe(401)
  })
})

describe('a refusal does not tell whether the account exists', () => {
  it('an unknown email costs the same hash work as a wrong password', async () => {
    await createUser('known@example.org')
    hashWork = []
    const wrong = await login('known@example.org', 'guess')
    const wrongWork = hashWork
    hashWork = []
    const unknown = await login('nobody-here@example.org', 'guess')
    expect(hashWork).toEqual(wrongWork)
    expect(hashWork).toEqual(['600000/32'])
    expect([wrong.status, unknown.status]).toEqual([401, 401])
    expect(unknown.body).toEqual(wrong.body)
  })

  it('a locked account answers like an unknown one, at the same cost', async () => {
    await createUser('locked-known@example.org')
    for (let i = 0; i < 5; i++) await login('locked-known@example.org', 'guess')
    hashWork = []
    const locked = await login('locked-known@example.org', 'the-right-password-1')
    expect(hashWork).toEqual(['600000/32'])
    expect(locked.status).toBe(401)
    expect(locked.body).toEqual(REFUSED)
  })

  it("changing one's email to a taken address gets a generic answer", async () => {
    await createUser('taken@example.org')
    await createUser('mover@example.org')
    const signIn = await login('mover@example.org', 'the-right-password-1')
    const taken = await t.http
      .patch(`/api/users/${signIn.body.user.id}`)
      .set('Authorization', `JWT ${signIn.body.token}`)
      .send({ email: 'taken@example.org' })
    expect(taken.status).toBe(400)
    expect(JSON.stringify(taken.body)).not.toMatch(/yksilöllinen|already|registered|unique/i)
    expect(taken.body.errors[0].data.errors).toEqual([
      { message: 'Tätä sähköpostiosoitetta ei voi käyttää.', path: 'email' },
    ])
  })
})
