import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { Env } from '../env.js'

// @payloadcms/storage-s3 was never published at 3.90.2: 3.90.1 is installed, with its `payload`
// and `@payloadcms/ui` overridden to the project's single 3.90.2 copies (package.json
// `overrides`). Payload's start-up version check would reject that mismatch with an unhandled
// rejection in every non-production process, so it is turned off here and replaced by
// test/int/dependencies.test.ts, which checks the same thing with this one exception.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

/**
 * Media in S3-compatible storage when S3_BUCKET is set (uploads and every image size), otherwise on
 * local disk under MEDIA_DIR. Files are still served through `/api/media/file/<name>`, so access
 * rules and URLs are the same either way, and any app process serves what another one stored.
 *
 * The plugin is registered even when off, with `alwaysInsertFields`, so that the schema (and so the
 * committed migrations) does not depend on where the files go.
 */
export const mediaStorage = (
  settings: Pick<
    Env,
    | 'S3_BUCKET'
    | 'S3_ENDPOINT'
    | 'S3_REGION'
    | 'S3_ACCESS_KEY_ID'
    | 'S3_SECRET_ACCESS_KEY'
    | 'S3_FORCE_PATH_STYLE'
  >,
): Plugin =>
  s3Storage({
    enabled: Boolean(settings.S3_BUCKET),
    alwaysInsertFields: true,
    collections: { media: true },
    bucket: settings.S3_BUCKET ?? '',
    config: {
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
    },
  })
