import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Express } from 'express'
import type { Payload } from 'payload'
import supertest from 'supertest'

import { DEMO_USERS } from '../../src/seed/examples.js'
import type { SeedOptions } from '../../src/seed/index.js'
import { createTestDatabase, testEnvironment } from './database.js'

export type Role = (typeof DEMO_USERS)[number]['roles'][0]

export type TestApp = {
  app: Express
  payload: Payload
  /** supertest bound to the app: real HTTP through Express, Payload and the database. */
  http: ReturnType<typeof supertest>
  /** A JWT for the seeded demo user of that role. */
  tokenFor: (role: Role) => Promise<string>
  /** Authorization header for a role, for `.set(...)`. */
  as: (role: Role) => Promise<{ Authorization: string }>
  /** The per-file temporary folder (database file, media, search index). */
  dir: string
  close: () => Promise<void>
}

/**
 * One isolated app per test file: a fresh database (temporary SQLite, or a new PostgreSQL database
 * when TEST_DATABASE_URL is set), its own media and data folders, and the schema pushed.
 * Seeds reference data and demo users; the ~400 Helsinki places only when `places` is asked for.
 */
export const initTestApp = async (seedOptions: SeedOptions = {}): Promise<TestApp> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'learning-city-test-'))
  const database = await createTestDatabase(dir)
  Object.assign(process.env, {
    ...testEnvironment(dir, database),
    // On a shared Meilisearch every file gets its own indexes, dropped again by close().
    ...(process.env.MEILISEARCH_HOST ? { MEILISEARCH_INDEX: `lc-${path.basename(dir)}` } : {}),
  })
  const { env, resetEnv } = await import('../../src/env.js')
  resetEnv()
  const { meiliOptions } = await import('../../src/search/meilisearch/config.js')
  const meili = meiliOptions(env())
  const { createApp } = await import('../../src/server/app.js')
  const { seed } = await import('../../src/seed/index.js')
  const { app, payload } = await createApp()
  await seed(payload, { demoUsers: true, places: false, log: () => {}, ...seedOptions })
  const http = supertest(app)

  const tokens = new Map<Role, string>()
  const tokenFor = async (role: Role): Promise<string> => {
    const cached = tokens.get(role)
    if (cached) return cached
    const user = DEMO_USERS.find((u) => u.roles[0] === role)!
    const res = await http
      .post('/api/users/login')
      .send({ email: user.email, password: user.password })
    if (res.status !== 200) throw new Error(`login as ${role} failed: ${res.status} ${res.text}`)
    tokens.set(role, res.body.token)
    return res.body.token
  }

  return {
    app,
    payload,
    http,
    tokenFor,
    as: async (role) => ({ Authorization: `JWT ${await tokenFor(role)}` }),
    dir,
    close: async () => {
      // The Postgres adapter keeps one pooled client checked out after destroy(); dropping the
      // database ends it, and the pool must not turn that into an uncaught error.
      ;(payload.db as { pool?: { on: (e: 'error', fn: () => void) => void } }).pool?.on(
        'error',
        () => {},
      )
      await payload.destroy()
      if (meili) {
        const { MeilisearchEngine } = await import('../../src/search/meilisearch/engine.js')
        await new MeilisearchEngine(meili).drop()
      }
      await database.drop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
