import { constants } from 'node:fs'
import { access, mkdir } from 'node:fs/promises'
import path from 'node:path'

import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'

import type { Env } from '../env.js'
import { engineFor } from '../search/index.js'

export type Check = { name: 'database' | 'search' | 'storage'; ok: boolean; detail: string }

/** Turns a check into its outcome; the error's message only (never a stack or a secret). */
const attempt = async (name: Check['name'], run: () => Promise<string>): Promise<Check> => {
  try {
    return { name, ok: true, detail: await run() }
  } catch (err) {
    return { name, ok: false, detail: err instanceof Error ? err.message : String(err) }
  }
}

type StorageSettings = Pick<
  Env,
  | 'MEDIA_DIR'
  | 'S3_BUCKET'
  | 'S3_ENDPOINT'
  | 'S3_REGION'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_FORCE_PATH_STYLE'
>

const storageCheck = async (settings: StorageSettings): Promise<string> => {
  if (!settings.S3_BUCKET) {
    const dir = path.resolve(settings.MEDIA_DIR)
    await mkdir(dir, { recursive: true })
    await access(dir, constants.W_OK)
    return 'local disk'
  }
  const client = new S3Client({
    region: settings.S3_REGION,
    forcePathStyle: settings.S3_FORCE_PATH_STYLE,
    ...(settings.S3_ENDPOINT ? { endpoint: settings.S3_ENDPOINT } : {}),
    ...(settings.S3_ACCESS_KEY_ID && settings.S3_SECRET_ACCESS_KEY
      ? {
          credentials: {
            accessKeyId: settings.S3_ACCESS_KEY_ID,
            secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
          },
        }
      : {}),
  })
  try {
    await client.send(new HeadBucketCommand({ Bucket: settings.S3_BUCKET }), {
      abortSignal: AbortSignal.timeout(5000),
    })
    return 's3'
  } finally {
    client.destroy()
  }
}

/**
 * Whether this process can serve: the database answers, the search engine answers, and media
 * storage can be written (the bucket exists and the keys work, or MEDIA_DIR is writable).
 */
export const readiness = async (payload: Payload, settings: StorageSettings): Promise<Check[]> =>
  Promise.all([
    attempt('database', async () => {
      await payload.db.count({ collection: 'device-profiles', where: {} })
      return payload.db.name
    }),
    attempt('search', async () => {
      const engine = engineFor(payload)
      await engine.stats()
      return engine.name
    }),
    attempt('storage', () => storageCheck(settings)),
  ])
