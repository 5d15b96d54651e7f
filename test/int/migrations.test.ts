import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { getPayload, type Migration, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrationDir } from '../../src/db.js'
import { createTestDatabase, type TestDatabase } from '../helpers/database.js'

/**
 * The committed migrations are the schema: on a fresh database with DATABASE_SCHEMA=migrate they
 * must build every table, and neither the latest snapshot nor the migrated database may differ
 * from what the collections define. When this fails after a collection or field changed, the
 * migrations need regenerating from scratch (README, "Migrations"): on SQLite an added migration
 * that adds a foreign-key column leaves drizzle-kit wanting to rebuild the table, a full one does not.
 */
type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  pushSchema: (
    schema: unknown,
    drizzle: unknown,
    schemaFilters?: string[],
  ) => Promise<{ statementsToExecute: string[] }>
  upSnapshot?: (snapshot: unknown) => unknown
}
type DrizzleAdapter = {
  requireDrizzleKit: () => DrizzleKit
  schema: unknown
  drizzle: unknown
  schemaName?: string
}

/**
 * drizzle-kit's PostgreSQL introspection reports two things as changes that are not: foreign keys
 * whose names PostgreSQL truncated to 63 bytes (dropped under the short name, re-added under the
 * long one), and numeric column defaults that read back as text. Each is removed only when the
 * committed migration already says exactly that; anything else still fails the test.
 */
const withoutIntrospectionNoise = (statements: string[], migrationSql: string): string[] => {
  const added = statements
    .map((s) => /ADD CONSTRAINT "([^"]+)"/.exec(s)?.[1])
    .filter((name): name is string => Boolean(name))
  const truncated = new Set(
    added.filter((name) => name.length > 63).map((name) => name.slice(0, 63)),
  )
  return statements.filter((statement) => {
    const dropped = /DROP CONSTRAINT "([^"]+)"/.exec(statement)?.[1]
    if (dropped && truncated.has(dropped)) return false
    const readded = /ADD CONSTRAINT "([^"]+)"/.exec(statement)?.[1]
    if (readded && readded.length > 63 && migrationSql.includes(`CONSTRAINT "${readded}"`))
      return false
    const setDefault = /ALTER COLUMN "([^"]+)" SET DEFAULT (-?[\d.]+);/.exec(statement)
    if (setDefault && migrationSql.includes(`"${setDefault[1]}" numeric DEFAULT ${setDefault[2]}`))
      return false
    return true
  })
}

let payload: Payload
let database: TestDatabase
let dir: string
const kind = process.env.TEST_DATABASE_URL?.startsWith('postgres') ? 'postgres' : 'sqlite'
const migrations = kind === 'postgres' ? migrationDir('postgres') : migrationDir('sqlite')

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'learning-city-migrate-'))
  database = await createTestDatabase(dir)
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    DATABASE_SCHEMA: 'migrate',
    DATA_DIR: path.join(dir, 'data'),
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'test-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  })
  const { resetEnv } = await import('../../src/env.js')
  resetEnv()
  const config = (await import('../../payload.config.js')).default
  payload = await getPayload({ config })
})
afterAll(async () => {
  ;(payload?.db as { pool?: { on: (e: 'error', fn: () => void) => void } } | undefined)?.pool?.on(
    'error',
    () => {},
  )
  await payload?.destroy()
  await database?.drop()
  rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(process.env.TEST_DATABASE_URL?.startsWith('mongodb'))(
  `the committed ${kind} migrations`,
  () => {
    it('run on a fresh database, every one of them once', async () => {
      // Loaded here, through the test runner's TypeScript loader: Payload's own loader imports the
      // .ts files natively, which works under tsx (`npm start`) but not inside vitest.
      const { migrations: committed } = (await import(path.join(migrations, 'index.ts'))) as {
        migrations: Migration[]
      }
      expect(committed.length).toBeGreaterThan(0)
      await payload.db.migrate({ migrations: committed })
      const ran = await payload.find({
        collection: 'payload-migrations',
        sort: 'name',
        limit: 0,
      })
      expect(ran.docs.map((m) => [m.name, m.batch])).toEqual(committed.map((m) => [m.name, 1]))
    })

    it('leave a database that works: a write and a read through the Local API', async () => {
      await payload.create({
        collection: 'device-profiles',
        data: {
          name: 'Tabletti paria kohden',
          deviceKinds: ['tablet'],
          devicesPerPupil: 0.5,
          grouping: 'individual',
          network: 'basic',
        },
      })
      const { docs } = await payload.find({ collection: 'device-profiles' })
      expect(docs.map((d) => [d.name, d.devicesPerPupil])).toEqual([['Tabletti paria kohden', 0.5]])
    })

    it('have a latest snapshot with no pending changes against the collections', async () => {
      const adapter = payload.db as unknown as DrizzleAdapter
      const kit = adapter.requireDrizzleKit()
      // The same comparison `payload migrate:create` makes (@payloadcms/drizzle buildCreateMigration).
      const latest = readdirSync(migrations)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .reverse()[0]!
      let before = JSON.parse(readFileSync(path.join(migrations, latest), 'utf8'))
      const after = await kit.generateDrizzleJson(adapter.schema)
      if (kit.upSnapshot && before.version < after.version) before = kit.upSnapshot(before)
      expect(await kit.generateMigration(before, after)).toEqual([])
    })

    it('build exactly the schema the collections define (nothing left to push)', async () => {
      const adapter = payload.db as unknown as DrizzleAdapter
      const kit = adapter.requireDrizzleKit()
      const { statementsToExecute } = await kit.pushSchema(
        adapter.schema,
        adapter.drizzle,
        adapter.schemaName ? [adapter.schemaName] : undefined,
      )
      const sql = readdirSync(migrations)
        .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
        .map((file) => readFileSync(path.join(migrations, file), 'utf8'))
        .join('\n')
      expect(withoutIntrospectionNoise(statementsToExecute, sql)).toEqual([])
    })
  },
)
