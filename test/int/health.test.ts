import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { VERSION } from '../../src/version.js'
import { initTestApp, type TestApp } from '../helpers/app.js'
import { adapterName, testDatabaseKind } from '../helpers/database.js'

/** A separate app whose database stops answering halfway through. */
let t: TestApp
const kind = testDatabaseKind()
beforeAll(async () => {
  t = await initTestApp({ demoUsers: false })
})
afterAll(async () => {
  await t?.close()
})

/**
 * Cuts the app off from its database: the SQLite client or the MongoDB connection is closed,
 * PostgreSQL refuses it.
 */
const stopDatabase = async () => {
  if (kind === 'mongodb') {
    await (
      t.payload.db as unknown as { connection: { close: () => Promise<void> } }
    ).connection.close()
    return
  }
  if (kind === 'sqlite') {
    ;(t.payload.db as unknown as { client: { close: () => void } }).client.close()
    return
  }
  // The pool's idle clients are about to be cut off; that is the point, not an uncaught error.
  ;(t.payload.db as unknown as { pool: pg.Pool }).pool.on('error', () => {})
  const name = new URL(process.env.DATABASE_URL!).pathname.slice(1)
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  await admin.connect()
  await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`)
  await admin.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [name],
  )
  await admin.end()
}

describe('/api/ready', () => {
  it('answers 200 with each check while the database, search and storage answer', async () => {
    const res = await t.http.get('/api/ready')
    expect({ status: res.status, body: res.body }).toEqual({
      status: 200,
      body: {
        status: 'ready',
        checks: [
          { name: 'database', ok: true, detail: adapterName() },
          {
            name: 'search',
            ok: true,
            detail: process.env.MEILISEARCH_HOST ? 'meilisearch' : 'orama',
          },
          { name: 'storage', ok: true, detail: process.env.S3_BUCKET ? 's3' : 'local disk' },
        ],
      },
    })
  })
})

describe('/api/health', () => {
  it('answers 200 while the database answers, and 503 once it does not', async () => {
    const db = adapterName()
    const up = await t.http.get('/api/health')
    expect({ status: up.status, body: up.body }).toEqual({
      status: 200,
      body: { status: 'ok', db, version: VERSION },
    })
    await stopDatabase()
    const down = await t.http.get('/api/health')
    expect({ status: down.status, body: down.body }).toEqual({
      status: 503,
      body: { status: 'unavailable', db, version: VERSION },
    })
    const ready = await t.http.get('/api/ready')
    expect(ready.status).toBe(503)
    expect(ready.body.status).toBe('unavailable')
    expect(ready.body.checks.map((c: { name: string; ok: boolean }) => [c.name, c.ok])).toEqual([
      ['database', false],
      ['search', true],
      ['storage', true],
    ])
  })
})
