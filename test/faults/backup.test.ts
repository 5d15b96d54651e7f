import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backup } from '../../scripts/backup.js'
import { restore } from '../../scripts/restore.js'
import { env } from '../../src/env.js'
import { initTestApp, type TestApp } from '../helpers/app.js'
import { testDatabaseKind } from '../helpers/database.js'
import { realImage } from '../security/support/files.js'

let t: TestApp
beforeAll(async () => {
  t = await initTestApp()
})
afterAll(async () => {
  await t.close()
})

const mediaFilenames = async (url: string): Promise<string[]> => {
  if (url.startsWith('file:')) {
    const client = createClient({ url })
    try {
      return (await client.execute('SELECT filename FROM media ORDER BY filename')).rows.map((r) =>
        String(r.filename),
      )
    } finally {
      client.close()
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query('SELECT filename FROM media ORDER BY filename')).rows.map((r) =>
      String(r.filename),
    )
  } finally {
    await client.end()
  }
}

const mongo = testDatabaseKind() === 'mongodb'

describe.runIf(mongo)('backup on MongoDB', () => {
  it('is refused, naming the tools that do it', async () => {
    await expect(backup(env(), path.join(t.dir, 'backup'))).rejects.toThrow(
      'MongoDB: use mongodump/mongorestore (not covered by these scripts).',
    )
  })
})

// The scripts copy SQLite files or run pg_dump; MongoDB has its own tools (refused above).
describe.skipIf(mongo)('backup and restore', () => {
  it(
    'bring back the database and the media files as they were at backup time',
    { timeout: 300_000 },
    async () => {
      const settings = env()
      const expert = await t.as('expert')
      const image = await realImage('png', 120, 80)
      const kept = await t.http
        .post('/api/media')
        .set(expert)
        .field('_payload', JSON.stringify({ alt: 'Kept through the restore' }))
        .attach('file', image, { filename: 'kept.png', contentType: 'image/png' })
      expect(kept.status).toBe(201)

      // Online: the app is serving while the backup runs.
      const target = path.join(t.dir, 'backup')
      const manifest = await backup(settings, target)
      expect(manifest.database).toBe(settings.databaseKind)
      expect(manifest.mediaFiles).toBe(readdirSync(path.join(t.dir, 'media')).length)

      // After the backup: one more upload and a deletion, which the restore must undo.
      const later = await t.http
        .post('/api/media')
        .set(expert)
        .field('_payload', JSON.stringify({ alt: 'Made after the backup' }))
        .attach('file', await realImage('png', 30, 30), {
          filename: 'later.png',
          contentType: 'image/png',
        })
      expect(later.status).toBe(201)
      expect(
        (await t.http.delete(`/api/media/${kept.body.doc.id}`).set(await t.as('editor'))).status,
      ).toBe(200)
      expect(existsSync(path.join(t.dir, 'media', 'kept.png'))).toBe(false)

      await t.payload.destroy()
      await restore(settings, target)
      expect(readFileSync(path.join(t.dir, 'media', 'kept.png'))).toEqual(image)
      expect(existsSync(path.join(t.dir, 'media', 'later.png'))).toBe(false)

      // The restored database, read directly: the row deleted after the backup is back, the later one gone.
      expect(await mediaFilenames(settings.DATABASE_URL)).toEqual(['kept.png'])
    },
  )
})
