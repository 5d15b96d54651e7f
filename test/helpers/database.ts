import { randomBytes } from 'node:crypto'
import path from 'node:path'

import pg from 'pg'

/** A throwaway database for one test file, from TEST_DATABASE_URL or a temporary SQLite file. */
export type TestDatabase = { url: string; drop: () => Promise<void> }

const withDatabaseName = (url: string, name: string): string => {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** Which database the tests run on, from TEST_DATABASE_URL (SQLite when unset). */
export const testDatabaseKind = (url = process.env.TEST_DATABASE_URL): DatabaseKind =>
  url?.startsWith('postgres') ? 'postgres' : url?.startsWith('mongodb') ? 'mongodb' : 'sqlite'

/** The adapter name /api/health reports for that database. */
export const adapterName = (): string =>
  ({ sqlite: 'sqlite', postgres: 'postgres', mongodb: 'mongoose' })[testDatabaseKind()]

export const createTestDatabase = async (dir: string): Promise<TestDatabase> => {
  const base = process.env.TEST_DATABASE_URL
  const name = `lc_test_${randomBytes(6).toString('hex')}`
  if (!base || base.startsWith('file:')) {
    return { url: `file:${dir}/test.db`, drop: async () => {} }
  }
  if (base.startsWith('mongodb')) {
    // Payload's adapter creates the database on first write; dropping it is the adapter's job.
    return { url: withDatabaseName(base, name), drop: async () => {} }
  }
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  return {
    url: withDatabaseName(base, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: base })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

/** The environment an app under test runs with: its database, folders in `dir`, a test secret. */
export const testEnvironment = (dir: string, database: TestDatabase): Record<string, string> => ({
  NODE_ENV: 'test',
  DATABASE_URL: database.url,
  DATABASE_SCHEMA: 'push',
  DATA_DIR: path.join(dir, 'data'),
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: 'test-secret-that-is-long-enough-0123456789',
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
})
