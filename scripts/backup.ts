/**
 * `npm run backup -- [target-dir]`: a consistent copy of the database and the media files, taken
 * while the server runs. SQLite: `VACUUM INTO` (an online snapshot, safe beside WAL writers).
 * PostgreSQL: `pg_dump --format=custom`. Media: a copy of MEDIA_DIR. Restore with scripts/restore.ts.
 */
import '../src/server/exitOnBadEnv.js'

import { execFile } from 'node:child_process'
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'

import { env, type Env } from '../src/env.js'

const run = promisify(execFile)

export type Manifest = {
  createdAt: string
  database: Env['databaseKind']
  databaseFile: string
  mediaFiles: number
}

const sqliteFile = (url: string): string => path.resolve(url.replace(/^file:/, ''))

export const backup = async (
  settings: Pick<Env, 'DATABASE_URL' | 'MEDIA_DIR' | 'databaseKind'>,
  target: string,
): Promise<Manifest> => {
  await mkdir(target, { recursive: true })
  let databaseFile: string
  if (settings.databaseKind === 'sqlite') {
    databaseFile = 'database.sqlite'
    const client = createClient({ url: `file:${sqliteFile(settings.DATABASE_URL)}` })
    try {
      await client.execute({ sql: 'VACUUM INTO ?', args: [path.resolve(target, databaseFile)] })
    } finally {
      client.close()
    }
  } else if (settings.databaseKind === 'postgres') {
    databaseFile = 'database.dump'
    await run('pg_dump', [
      '--format=custom',
      '--no-owner',
      `--file=${path.join(target, databaseFile)}`,
      settings.DATABASE_URL,
    ])
  } else {
    throw new Error('MongoDB: use mongodump/mongorestore (not covered by these scripts).')
  }
  const media = path.resolve(settings.MEDIA_DIR)
  if (existsSync(media)) await cp(media, path.join(target, 'media'), { recursive: true })
  const mediaFiles = existsSync(path.join(target, 'media'))
    ? (await readdir(path.join(target, 'media'))).length
    : 0
  const manifest: Manifest = {
    createdAt: new Date().toISOString(),
    database: settings.databaseKind,
    databaseFile,
    mediaFiles,
  }
  await writeFile(path.join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target =
    process.argv[2] ?? path.join('backups', new Date().toISOString().replace(/[:.]/g, '-'))
  const manifest = await backup(env(), target)
  console.log(
    `Backup in ${target}: ${manifest.database} (${manifest.databaseFile}), ${manifest.mediaFiles} media files`,
  )
}
