import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { SanitizedConfig } from 'payload'

/**
 * The project's built (sanitized) Payload config, as the admin sees it. Building needs a valid
 * environment but no database connection, so no app is started.
 */
export const loadBuiltConfig = async (): Promise<SanitizedConfig> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'learning-city-i18n-'))
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: `file:${path.join(dir, 'config.db')}`,
    DATA_DIR: path.join(dir, 'data'),
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'test-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: 'silent',
  })
  const { resetEnv } = await import('../../src/env.js')
  resetEnv()
  return (await import('../../payload.config.js')).default
}
