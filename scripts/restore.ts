/**
 * `npm run restore -- <backup-dir>`, with the server stopped: puts back the database and the media
 * files that scripts/backup.ts saved. SQLite: the snapshot replaces the database file (its -wal and
 * -shm go). PostgreSQL: `pg_restore --clean --if-exists` into DATABASE_URL. Media: MEDIA_DIR is
 * replaced by the saved copy.
 */
import '../src/server/exitOnBadEnv.js'

import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, cp, mkdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

import { env, type Env } from '../src/env.js'
import type { Manifest } from './backup.js'

const run = promisify(execFile)

export const restore = async (
  settings: Pick<Env, 'DATABASE_URL' | 'MEDIA_DIR' | 'databaseKind'>,
  source: string,
): Promise<Manifest> => {
  const manifest = JSON.parse(
    await readFile(path.join(source, 'manifest.json'), 'utf8'),
  ) as Manifest
  if (manifest.database !== settings.databaseKind) {
    throw new Error(
      `The backup holds a ${manifest.database} database, DATABASE_URL names ${settings.databaseKind}.`,
    )
  }
  const dump = path.join(source, manifest.databaseFile)
  if (settings.databaseKind === 'sqlite') {
    const file = path.resolve(settings.DATABASE_URL.replace(/^file:/, ''))
    await mkdir(path.dirname(file), { recursive: true })
    for (const suffix of ['-wal', '-shm']) await rm(`${file}${suffix}`, { force: true })
    await copyFile(dump, file)
  } else {
    await run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      `--dbname=${settings.DATABASE_URL}`,
      dump,
    ])
  }
  const media = path.resolve(settings.MEDIA_DIR)
  await rm(media, { recursive: true, force: true })
  if (existsSync(path.join(source, 'media')))
    await cp(path.join(source, 'media'), media, { recursive: true })
  else await mkdir(media, { recursive: true })
  return manifest
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const source = process.argv[2]
  if (!source) {
    console.error('Usage: npm run restore -- <backup-dir>')
    process.exit(1)
  }
  const manifest = await restore(env(), source)
  console.log(
    `Restored ${manifest.database} database and ${manifest.mediaFiles} media files from ${source} (${manifest.createdAt})`,
  )
}
